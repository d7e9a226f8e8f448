package io.throughline.kernel.progress;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectationTest {

    private static final Quarter Q4 = new Quarter("2026-Q4");

    @ParameterizedTest(name = "on {0}: {1} %")
    @CsvSource({
            "2026-09-30, 0.0",
            "2026-10-01, 1.1",
            "2026-11-15, 50.0",
            "2026-12-06, 72.8",
            "2026-12-31, 100.0",
            "2027-01-05, 100.0"})
    void expectedProgressRisesLinearlyThroughTheQuarterDayByDay(String day, String expected) {
        assertThat(Expectation.expectedProgress(Q4, LocalDate.parse(day))).isEqualByComparingTo(expected);
    }

    @Test
    void onTrackMoreThanTwentyFivePointsBehindIsOptimistic() {
        BigDecimal expected = new BigDecimal("72.8");
        assertThat(Expectation.optimistic(PriorityStatus.ON_TRACK, new BigDecimal("47.7"), expected)).isTrue();
        assertThat(Expectation.optimistic(PriorityStatus.ON_TRACK, new BigDecimal("47.8"), expected)).isFalse();
        assertThat(Expectation.optimistic(PriorityStatus.AT_RISK, new BigDecimal("10"), expected)).isFalse();
        assertThat(Expectation.optimistic(PriorityStatus.ON_TRACK, null, expected)).isFalse();
    }
}
