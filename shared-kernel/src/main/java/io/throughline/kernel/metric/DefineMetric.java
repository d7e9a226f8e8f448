package io.throughline.kernel.metric;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Adds a KPI to a team's scorecard. */
public record DefineMetric(@TargetAggregateIdentifier MetricId metricId,
                           TeamId teamId,
                           String name,
                           String unit,
                           BigDecimal target,
                           Direction direction,
                           Cadence cadence,
                           PersonId ownerId) {
}
