package io.throughline.kernel.metric;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Adds a KPI to a team's scorecard.
 *
 * @param greenAt    optional; with redAt, where values turn green and red (see {@link Thresholds} for the defaults)
 * @param kind       LEADING or LAGGING; LAGGING when left out
 * @param priorityId optional: the team's priority this KPI tells the progress of
 * @param baseline   optional: where progress toward the target starts (0 %); the first recorded value when left out
 * @param weight     optional: the KPI's weight among the measures of its priority's progress; 1 when left out
 */
public record DefineMetric(@TargetAggregateIdentifier MetricId metricId,
                           TeamId teamId,
                           String name,
                           String unit,
                           BigDecimal target,
                           Direction direction,
                           Cadence cadence,
                           PersonId ownerId,
                           BigDecimal greenAt,
                           BigDecimal redAt,
                           MetricKind kind,
                           PriorityId priorityId,
                           BigDecimal baseline,
                           BigDecimal weight) {

    /** A KPI defined without a baseline or weight of its own, as every caller did before measured progress. */
    public DefineMetric(MetricId metricId, TeamId teamId, String name, String unit, BigDecimal target,
                        Direction direction, Cadence cadence, PersonId ownerId, BigDecimal greenAt, BigDecimal redAt,
                        MetricKind kind, PriorityId priorityId) {
        this(metricId, teamId, name, unit, target, direction, cadence, ownerId, greenAt, redAt, kind, priorityId,
                null, null);
    }
}
