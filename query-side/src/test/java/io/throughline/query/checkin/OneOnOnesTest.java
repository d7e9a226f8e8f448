package io.throughline.query.checkin;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When a pair's next 1-on-1 is due: nothing schedules them, so it is read from how often they have met. */
class OneOnOnesTest {

    @Test
    void afterAFirstCheckInTheNextIsDueInTwoWeeks() {
        assertThat(OneOnOnes.usualIntervalDays(List.of(LocalDate.of(2026, 11, 20)))).isEqualTo(14);
    }

    @Test
    void afterThatItIsTheMedianOfTheirLastGaps() {
        assertThat(OneOnOnes.usualIntervalDays(List.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 13),
                LocalDate.of(2026, 11, 6), LocalDate.of(2026, 10, 9)))).as("gaps 7, 7 and 28").isEqualTo(7);
    }
}
