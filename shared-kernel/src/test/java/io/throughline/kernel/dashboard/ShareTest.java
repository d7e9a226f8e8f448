package io.throughline.kernel.dashboard;

import io.throughline.kernel.dashboard.CompanyDashboard.Share;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShareTest {

    @ParameterizedTest(name = "{0} out of {1} is {2}")
    @CsvSource({"0, 4, 0.0000", "1, 4, 0.2500", "2, 3, 0.6667", "1, 3, 0.3333", "3, 3, 1.0000", "1, 8, 0.1250"})
    void isTheRatioRoundedToFourPlaces(int count, int outOf, BigDecimal value) {
        assertThat(Share.of(count, outOf)).isEqualTo(new Share(count, outOf, value));
    }

    @Test
    void ofNothingHasNoValue() {
        assertThat(Share.of(0, 0)).isEqualTo(new Share(0, 0, null));
    }

    @Test
    void cannotCountMoreThanTheWholeOrLessThanNothing() {
        assertThatThrownBy(() -> Share.of(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Share.of(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
