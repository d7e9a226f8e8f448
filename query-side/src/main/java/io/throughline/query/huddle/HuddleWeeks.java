package io.throughline.query.huddle;

import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether teams have huddled in the ISO week of a day, as a leader's week asks it of every team they lead: one query
 * for all of them (a lead of a hundred teams ran a hundred).
 */
@Component
public class HuddleWeeks {

    private final HuddleEntryRepository huddles;

    HuddleWeeks(HuddleEntryRepository huddles) {
        this.huddles = huddles;
    }

    /** The day of each team's latest huddle in the week (Monday to Sunday) of {@code day}, by team id; none: absent. */
    public Map<String, LocalDate> heldInWeekOf(Collection<String> teamIds, LocalDate day) {
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, LocalDate> held = new HashMap<>();
        huddles.latestDaysBetween(teamIds, monday, monday.plusDays(6))
                .forEach(row -> held.put((String) row[0], (LocalDate) row[1]));
        return held;
    }
}
