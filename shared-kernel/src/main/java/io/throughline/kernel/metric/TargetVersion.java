package io.throughline.kernel.metric;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A KPI's target and thresholds as set at one instant, in force until the next change.
 *
 * @param effectiveFrom when it was set: the KPI's definition for the first, a change of target for the others
 * @param changedBy     who set it; null where the log names nobody
 * @param reason        why the target changed; null for the first, which came with the definition
 */
public record TargetVersion(Instant effectiveFrom, BigDecimal target, BigDecimal greenAt, BigDecimal redAt,
                            String changedBy, String reason) {

    public Thresholds thresholds() {
        return new Thresholds(greenAt, redAt);
    }
}
