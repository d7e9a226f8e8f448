package io.throughline.query.progress;

import io.throughline.kernel.metric.Direction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How far a KPI has come from its baseline toward its target, 0 to 100 %. */
final class KpiContribution {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private KpiContribution() {
    }

    /**
     * {@code (latest − baseline) ÷ (target − baseline)}, clipped to 0–100 % with one decimal: the same formula for both
     * directions, since target − baseline carries the sign. A baseline at or past the target (a first value that met it
     * already) leaves no way to go: 100 while the target is met, else 0.
     *
     * @return {@code null} without a latest value
     */
    static BigDecimal of(Direction direction, BigDecimal target, BigDecimal baseline, BigDecimal latest) {
        if (latest == null || baseline == null) {
            return null;
        }
        if (!shortOf(direction, baseline, target)) {
            return (shortOf(direction, latest, target) ? BigDecimal.ZERO : HUNDRED).setScale(1);
        }
        BigDecimal share = latest.subtract(baseline).multiply(HUNDRED)
                .divide(target.subtract(baseline), MathContext.DECIMAL64);
        return share.max(BigDecimal.ZERO).min(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }

    private static boolean shortOf(Direction direction, BigDecimal value, BigDecimal target) {
        int order = value.compareTo(target);
        return direction == Direction.HIGHER_IS_BETTER ? order < 0 : order > 0;
    }
}
