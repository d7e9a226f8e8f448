package io.throughline.command.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * Optimistic locking over HTTP: the version of an aggregate travels as its ETag, and a write may send it back in
 * {@code If-Match} to be applied only if nobody changed the aggregate meanwhile.
 */
public final class Versions {

    public static final String IF_MATCH_DESCRIPTION = "The ETag (version) last read; a newer version answers 412";

    private Versions() {
    }

    /** The version an {@code If-Match} header expects ({@code "3"}, {@code W/"3"} or {@code 3}), or null without one. */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "If-Match must carry one version as given by ETag, like \"3\"; was " + ifMatch);
        }
    }

    /** The answer to a write: the aggregate's id and new version, with the version as ETag. */
    public static ResponseEntity<Versioned> written(Object id, long version) {
        return ResponseEntity.ok().eTag(Long.toString(version)).body(new Versioned(id.toString(), version));
    }

    public record Versioned(String id, long version) {
    }
}
