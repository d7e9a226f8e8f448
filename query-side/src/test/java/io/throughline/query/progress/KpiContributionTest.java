package io.throughline.query.progress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static io.throughline.kernel.metric.Direction.HIGHER_IS_BETTER;
import static io.throughline.kernel.metric.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

class KpiContributionTest {

    @ParameterizedTest(name = "from {1} toward {0}, at {2}: {3} %")
    @CsvSource({
            "100, 20, 60, 50.0",
            "100, 20, 20, 0.0",
            "100, 20, 10, 0.0",
            "100, 20, 130, 100.0",
            "100, 0, 33.333, 33.3",
            "100, 100, 100, 100.0",
            "100, 120, 90, 0.0"})
    void higherIsBetter(String target, String baseline, String latest, String contribution) {
        assertThat(KpiContribution.of(HIGHER_IS_BETTER, decimal(target), decimal(baseline), decimal(latest)))
                .isEqualByComparingTo(contribution);
    }

    @ParameterizedTest(name = "from {1} down to {0}, at {2}: {3} %")
    @CsvSource({
            "10, 50, 30, 50.0",
            "10, 50, 60, 0.0",
            "10, 50, 2, 100.0",
            "10, 5, 8, 100.0",
            "10, 5, 12, 0.0"})
    void lowerIsBetter(String target, String baseline, String latest, String contribution) {
        assertThat(KpiContribution.of(LOWER_IS_BETTER, decimal(target), decimal(baseline), decimal(latest)))
                .isEqualByComparingTo(contribution);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"HIGHER_IS_BETTER", "LOWER_IS_BETTER"})
    void withoutAValueItCannotTell(String direction) {
        assertThat(KpiContribution.of(io.throughline.kernel.metric.Direction.valueOf(direction), BigDecimal.TEN,
                BigDecimal.ONE, null)).isNull();
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
