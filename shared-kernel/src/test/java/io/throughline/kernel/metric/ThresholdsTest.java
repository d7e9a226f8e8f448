package io.throughline.kernel.metric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.throughline.kernel.metric.Direction.HIGHER_IS_BETTER;
import static io.throughline.kernel.metric.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

class ThresholdsTest {

    @Test
    void byDefaultHigherIsBetterTurnsRedBelowNinetyPercentOfThePositiveTarget() {
        assertThat(Thresholds.defaultFor(new BigDecimal("500"), HIGHER_IS_BETTER))
                .isEqualTo(new Thresholds(new BigDecimal("500"), new BigDecimal("450.0")));
    }

    @Test
    void byDefaultLowerIsBetterTurnsRedAboveHundredAndTenPercentOfThePositiveTarget() {
        assertThat(Thresholds.defaultFor(new BigDecimal("30"), LOWER_IS_BETTER))
                .isEqualTo(new Thresholds(new BigDecimal("30"), new BigDecimal("33.0")));
    }

    @Test
    void theDefaultMarginIsTenPercentOfTheTargetsSizeSoANegativeTargetStaysOrdered() {
        Thresholds thresholds = Thresholds.defaultFor(new BigDecimal("-20"), HIGHER_IS_BETTER);

        assertThat(thresholds).isEqualTo(new Thresholds(new BigDecimal("-20"), new BigDecimal("-22.0")));
        assertThat(thresholds.isOrderedFor(HIGHER_IS_BETTER)).isTrue();
    }

    @ParameterizedTest(name = "higher is better, green at 100, red below 90: {0} is {1}")
    @CsvSource({"100, GREEN", "100.00, GREEN", "150, GREEN", "99.99, YELLOW", "90, YELLOW", "89.99, RED", "-5, RED"})
    void higherIsBetterAtTheExactThresholds(BigDecimal value, Colour colour) {
        assertThat(new Thresholds(new BigDecimal("100"), new BigDecimal("90")).colourOf(value, HIGHER_IS_BETTER))
                .isEqualTo(colour);
    }

    @ParameterizedTest(name = "lower is better, green at 30, red above 33: {0} is {1}")
    @CsvSource({"30, GREEN", "12, GREEN", "30.01, YELLOW", "33, YELLOW", "33.0, YELLOW", "33.01, RED", "400, RED"})
    void lowerIsBetterAtTheExactThresholds(BigDecimal value, Colour colour) {
        assertThat(new Thresholds(new BigDecimal("30"), new BigDecimal("33")).colourOf(value, LOWER_IS_BETTER))
                .isEqualTo(colour);
    }

    @Test
    void redMustLieOnTheBadSideOfGreen() {
        Thresholds greenAt100RedAt90 = new Thresholds(new BigDecimal("100"), new BigDecimal("90"));

        assertThat(greenAt100RedAt90.isOrderedFor(HIGHER_IS_BETTER)).isTrue();
        assertThat(greenAt100RedAt90.isOrderedFor(LOWER_IS_BETTER)).isFalse();
        assertThat(new Thresholds(BigDecimal.TEN, BigDecimal.TEN).isOrderedFor(LOWER_IS_BETTER)).isTrue();
    }
}
