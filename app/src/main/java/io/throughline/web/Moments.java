package io.throughline.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * An instant typed into a page: what a browser's date-and-time field sends ({@code 2026-10-15T09:00}, read in the
 * viewer's time zone, which a page's script sends along, UTC without it) or a full ISO instant pasted from the API.
 * Whatever cannot be read is named in {@code invalid}.
 */
final class Moments {

    static final String HINT = "a date and time like 2026-10-15T09:00";
    private static final DateTimeFormatter UTC_SHOWN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter IN_ZONE = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Moments() {
    }

    /** The viewer's zone as the page's script sent it (an IANA name such as Europe/Berlin); UTC if absent or unknown. */
    static ZoneId zone(String sent) {
        try {
            return sent == null ? ZoneOffset.UTC : ZoneId.of(sent);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    /** An instant as a date-and-time field shows it: in the zone, to the millisecond (the field takes no finer). */
    static String shown(Instant instant, String typed, ZoneId zone) {
        return instant == null ? Pages.orEmpty(typed)
                : LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** The instant in UTC, as the page shows it beside a field: "23 Nov 2026, 08:00 UTC". */
    static String utc(Instant instant) {
        return instant == null ? "" : UTC_SHOWN.format(instant);
    }

    /** The instant as the viewer reads it: "Fri 4 Dec 2026, 10:00 (Europe/Paris)". */
    static String inZone(Instant instant, ZoneId zone) {
        return IN_ZONE.format(instant.atZone(zone)) + " (" + (zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId()) + ")";
    }

    static Instant parse(String field, String typed, ZoneId zone, Map<String, String> invalid) {
        if (typed == null) {
            return null;
        }
        try {
            return typed.endsWith("Z") ? Instant.parse(typed) : LocalDateTime.parse(typed).atZone(zone).toInstant();
        } catch (DateTimeParseException unreadable) {
            invalid.put(field, "'" + typed + "' is not " + HINT);
            return null;
        }
    }
}
