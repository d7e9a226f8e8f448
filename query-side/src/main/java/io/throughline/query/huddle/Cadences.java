package io.throughline.query.huddle;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.huddle.TeamHuddles.Cadence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.stream.Stream;

/** How regularly a team meets: the ISO weeks of a quarter so far, and in how many of them it held a huddle. */
final class Cadences {

    private Cadences() {
    }

    static Cadence of(Quarter quarter, LocalDate today, Collection<LocalDate> heldOn) {
        LocalDate last = today.isBefore(quarter.lastDay()) ? today : quarter.lastDay();
        if (last.isBefore(quarter.firstDay())) {
            return new Cadence(0, 0, null);
        }
        int weeksSoFar = (int) Stream.iterate(quarter.firstDay().with(DayOfWeek.MONDAY), week -> !week.isAfter(last),
                week -> week.plusWeeks(1)).count();
        int weeksHeld = (int) heldOn.stream()
                .filter(date -> !date.isBefore(quarter.firstDay()) && !date.isAfter(last))
                .map(Cadences::isoWeek).distinct().count();
        return new Cadence(weeksHeld, weeksSoFar, (double) weeksHeld / weeksSoFar);
    }

    private static String isoWeek(LocalDate date) {
        return date.get(IsoFields.WEEK_BASED_YEAR) + "-W" + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
