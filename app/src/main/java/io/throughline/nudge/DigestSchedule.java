package io.throughline.nudge;

import io.throughline.kernel.nudge.NotificationDefaults;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Optional;

/** When the weekly digest is due: from the organisation's day and hour, in its time zone, once per ISO week. */
final class DigestSchedule {

    private DigestSchedule() {
    }

    /**
     * The ISO week (2026-W49) whose digest is due at the instant: the week the instant falls in, in the organisation's
     * time zone, once its digest day and hour have come; empty before then.
     */
    static Optional<String> dueWeek(Instant now, NotificationDefaults defaults) {
        ZoneId zone = ZoneId.of(defaults.timeZone());
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate digestDay = today.with(DayOfWeek.MONDAY).with(defaults.digestDay());
        ZonedDateTime due = digestDay.atTime(defaults.digestHour(), 0).atZone(zone);
        if (now.isBefore(due.toInstant())) {
            return Optional.empty();
        }
        return Optional.of(String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR),
                today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }
}
