package io.throughline.hostile;

import java.util.List;

/**
 * A request that must be refused, and why. Its {@link #toString()} is what jqwik reports for a falsifying sample,
 * so it describes the body rather than printing a megabyte of it.
 *
 * @param chunked sent without Content-Length, in chunks
 * @param headers extra headers, as name, value, name, value...
 */
record HostileRequest(Category category, String method, String path, String actor, String contentType, byte[] body,
                      boolean chunked, List<String> headers, String why) {

    /** What is wrong with it, as counted in the statistics. */
    enum Category {
        MALFORMED_JSON, WRONG_TYPE, MISSING_FIELD, EXTRA_FIELD, HUGE_STRING, UNICODE, INJECTION, NUMBER, DATE,
        UNKNOWN_ID, OTHER_TEAMS_ID, CONTENT_TYPE, OVERSIZED_BODY, ARRAY_SIZE, HEADER
    }

    HostileRequest withHeaders(String... more) {
        return new HostileRequest(category, method, path, actor, contentType, body, chunked, List.of(more), why);
    }

    @Override
    public String toString() {
        String shown = body.length <= 300 ? new String(body, java.nio.charset.StandardCharsets.UTF_8)
                : body.length + " bytes" + (chunked ? ", chunked" : "");
        return category + " " + method + " " + (path.length() > 200 ? path.substring(0, 200) + "..." : path)
                + " as " + actor + " [" + contentType + "] " + shown + (headers.isEmpty() ? "" : " " + headers)
                + ": " + why;
    }
}
