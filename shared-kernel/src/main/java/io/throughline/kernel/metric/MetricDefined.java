package io.throughline.kernel.metric;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;

import java.math.BigDecimal;

/**
 * greenAt, redAt, kind and priorityId came with the scorecard; events stored before carry none of them and read as
 * the default thresholds of their target and a LAGGING kind.
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
                            PriorityId priorityId) {

    public Thresholds thresholds() {
        return greenAt == null || redAt == null ? Thresholds.defaultFor(target, direction) : new Thresholds(greenAt, redAt);
    }

    public MetricKind effectiveKind() {
        return kind == null ? MetricKind.LAGGING : kind;
    }
}
