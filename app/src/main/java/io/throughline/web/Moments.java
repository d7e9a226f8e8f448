package io.throughline.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * An instant typed into a page: what a browser's date-and-time field sends ({@code 2026-10-15T09:00}, read as UTC, as
 * the page says) or a full ISO instant pasted from the API. Whatever cannot be read is named in {@code invalid}.
 */
final class Moments {

    static final String HINT = "a date and time like 2026-10-15T09:00 (UTC)";

    private Moments() {
    }

    /** An instant as a date-and-time field shows it: UTC, to the millisecond (the field takes no finer). */
    static String shown(Instant instant, String typed) {
        return instant == null ? Pages.orEmpty(typed)
                : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static Instant parse(String field, String typed, Map<String, String> invalid) {
        if (typed == null) {
            return null;
        }
        try {
            return typed.endsWith("Z") ? Instant.parse(typed) : LocalDateTime.parse(typed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException unreadable) {
            invalid.put(field, "'" + typed + "' is not " + HINT);
            return null;
        }
    }
}
