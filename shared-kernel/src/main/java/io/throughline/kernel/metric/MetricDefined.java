package io.throughline.kernel.metric;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;

import java.math.BigDecimal;

/**
 * greenAt, redAt, kind and priorityId came with the scorecard; events stored before carry none of them and read as
 * the default thresholds of their target and a LAGGING kind. baseline and weight came with measured progress; events
 * stored before carry neither: progress then starts at the first recorded value and the KPI weighs 1.
 */
public record MetricDefined(MetricId metricId,
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

    /** A definition without a baseline or weight of its own, as every one stored before measured progress. */
    public MetricDefined(MetricId metricId, TeamId teamId, String name, String unit, BigDecimal target,
                         Direction direction, Cadence cadence, PersonId ownerId, BigDecimal greenAt, BigDecimal redAt,
                         MetricKind kind, PriorityId priorityId) {
        this(metricId, teamId, name, unit, target, direction, cadence, ownerId, greenAt, redAt, kind, priorityId,
                null, null);
    }

    public Thresholds thresholds() {
        return greenAt == null || redAt == null ? Thresholds.defaultFor(target, direction) : new Thresholds(greenAt, redAt);
    }

    public MetricKind effectiveKind() {
        return kind == null ? MetricKind.LAGGING : kind;
    }
}
