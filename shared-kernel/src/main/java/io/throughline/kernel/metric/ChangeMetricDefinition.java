package io.throughline.kernel.metric;

import io.throughline.kernel.priority.PriorityId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Changes what a metric is; fields left {@code null} keep their value. A new target or new thresholds need a reason,
 * and a new target without thresholds takes the default thresholds of that target. A new baseline or weight moves
 * how the KPI counts toward its priority's progress, not what the KPI is: it needs no reason.
 */
public record ChangeMetricDefinition(@TargetAggregateIdentifier MetricId metricId,
                                     String name,
                                     String unit,
                                     BigDecimal target,
                                     BigDecimal greenAt,
                                     BigDecimal redAt,
                                     MetricKind kind,
                                     PriorityId priorityId,
                                     String reason,
                                     BigDecimal baseline,
                                     BigDecimal weight) {

    /** A change that leaves the baseline and weight as they are. */
    public ChangeMetricDefinition(MetricId metricId, String name, String unit, BigDecimal target, BigDecimal greenAt,
                                  BigDecimal redAt, MetricKind kind, PriorityId priorityId, String reason) {
        this(metricId, name, unit, target, greenAt, redAt, kind, priorityId, reason, null, null);
    }
}
