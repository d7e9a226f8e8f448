package io.throughline.kernel.nudge;

import java.time.DayOfWeek;

/**
 * The organisation's nudges: when the weekly digest goes out, in which time zone, and the choices of everyone who has
 * not made their own.
 *
 * @param digestHour 0-23, on the hour, in {@code timeZone}
 * @param timeZone   an IANA zone id such as Europe/Oslo
 */
public record NotificationDefaults(DayOfWeek digestDay, int digestHour, String timeZone, NotificationChoices choices) {

    /** Until an admin says otherwise: Monday 08:00 UTC, both kinds by e-mail. */
    public static final NotificationDefaults DEFAULT = new NotificationDefaults(DayOfWeek.MONDAY, 8, "UTC",
            NotificationChoices.DEFAULT);
}
