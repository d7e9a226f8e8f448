package io.throughline.query.huddle;

import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Whether a team has huddled in the ISO week of a day, as a leader's week asks it of each team they lead. */
@Component
public class HuddleWeeks {

    private final HuddleEntryRepository huddles;

    HuddleWeeks(HuddleEntryRepository huddles) {
        this.huddles = huddles;
    }

    /** The day of the team's latest huddle in the week (Monday to Sunday) of {@code day}; null if none. */
    public LocalDate heldInWeekOf(String teamId, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return huddles.latestDayBetween(teamId, monday, monday.plusDays(6));
    }
}
