package io.throughline.web;

import io.throughline.web.Sparklines.Point;
import io.throughline.web.Sparklines.Sparkline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SparklinesTest {

    @Test
    void valuesAndTargetShareOneScaleHigherValuesHigherUp() {
        Sparkline line = Sparklines.draw(values(0, 50, 100), new BigDecimal("100"));

        assertThat(line.lines()).containsExactly("3.0,29.0 60.0,16.0 117.0,3.0");
        assertThat(line.dots()).isEmpty();
        assertThat(line.latest()).isEqualTo(new Point(117, 3));
        assertThat(line.targetY()).isEqualTo(3.0);
    }

    @Test
    void aPeriodWithoutAValueBreaksTheLineAndALoneValueIsADot() {
        Sparkline line = Sparklines.draw(values(10, 20, null, 30, null, 20, 10), null);

        assertThat(line.lines()).containsExactly("3.0,29.0 22.0,16.0", "98.0,16.0 117.0,29.0");
        assertThat(line.dots()).containsExactly(new Point(60, 3));
        assertThat(line.targetY()).isNull();
    }

    @Test
    void aFlatSeriesRunsThroughTheMiddle() {
        Sparkline line = Sparklines.draw(values(7, 7), new BigDecimal("7"));

        assertThat(line.lines()).containsExactly("3.0,16.0 117.0,16.0");
        assertThat(line.targetY()).isEqualTo(16.0);
    }

    @Test
    void aSingleValueSitsInTheMiddle() {
        Sparkline line = Sparklines.draw(values(5), null);

        assertThat(line.lines()).isEmpty();
        assertThat(line.dots()).containsExactly(new Point(60, 16));
        assertThat(line.latest()).isEqualTo(new Point(60, 16));
    }

    @Test
    void noValuesDrawNothing() {
        Sparkline line = Sparklines.draw(values(null, null), new BigDecimal("500"));

        assertThat(line.isEmpty()).isTrue();
        assertThat(line.lines()).isEmpty();
        assertThat(line.targetY()).isNull();
    }

    private static List<BigDecimal> values(Integer... values) {
        return Arrays.stream(values).map(value -> value == null ? null : BigDecimal.valueOf(value)).toList();
    }
}
