package io.throughline.kernel.metric;

import java.math.BigDecimal;

/**
 * Where a metric's values turn green and red. The one rule for colours and default thresholds:
 * <ul>
 *   <li>Higher is better: GREEN at or above {@code greenAt}, RED below {@code redAt}, YELLOW between.
 *       By default green at the target and red below the target less 10% of its size (90% of a positive target).</li>
 *   <li>Lower is better, mirrored: GREEN at or below {@code greenAt}, RED above {@code redAt}, YELLOW between.
 *       By default green at the target and red above the target plus 10% of its size (110% of a positive target).</li>
 * </ul>
 */
public record Thresholds(BigDecimal greenAt, BigDecimal redAt) {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.1");

    public static Thresholds defaultFor(BigDecimal target, Direction direction) {
        BigDecimal margin = target.abs().multiply(TEN_PERCENT);
        return new Thresholds(target, direction == Direction.HIGHER_IS_BETTER ? target.subtract(margin) : target.add(margin));
    }

    /** Whether red lies on the bad side of green (or on it) for the direction. */
    public boolean isOrderedFor(Direction direction) {
        int order = redAt.compareTo(greenAt);
        return direction == Direction.HIGHER_IS_BETTER ? order <= 0 : order >= 0;
    }

    public Colour colourOf(BigDecimal value, Direction direction) {
        if (direction == Direction.HIGHER_IS_BETTER) {
            return value.compareTo(greenAt) >= 0 ? Colour.GREEN : value.compareTo(redAt) < 0 ? Colour.RED : Colour.YELLOW;
        }
        return value.compareTo(greenAt) <= 0 ? Colour.GREEN : value.compareTo(redAt) > 0 ? Colour.RED : Colour.YELLOW;
    }
}
