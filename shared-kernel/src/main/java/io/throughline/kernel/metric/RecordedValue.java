package io.throughline.kernel.metric;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The value of one period.
 *
 * @param originalValue    the value first recorded, when it has since been corrected; null otherwise
 * @param correctionReason the reason of the latest correction
 * @param target           the target in force at the end of the period, which judges it (see {@link TargetHistory});
 *                         greenAt and redAt the thresholds then, colour the value against them
 */
public record RecordedValue(Period period, BigDecimal value, String note, Instant recordedAt, String recordedBy,
                            boolean corrected, BigDecimal originalValue, String correctionReason, Instant correctedAt,
                            String correctedBy, BigDecimal target, BigDecimal greenAt, BigDecimal redAt,
                            Colour colour) {
}
