package io.throughline.kernel.metric;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;

import java.math.BigDecimal;

/** A KPI with its value for the most recent period recorded; both latest fields are null before the first value. */
public record MetricSummary(MetricId id,
                            TeamId teamId,
                            String name,
                            String unit,
                            Direction direction,
                            Cadence cadence,
                            BigDecimal target,
                            PersonId ownerId,
                            Period latestPeriod,
                            BigDecimal latestValue) {
}
