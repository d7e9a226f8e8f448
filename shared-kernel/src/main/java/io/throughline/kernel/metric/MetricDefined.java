package io.throughline.kernel.metric;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;

import java.math.BigDecimal;

public record MetricDefined(MetricId metricId,
                            TeamId teamId,
                            String name,
                            String unit,
                            BigDecimal target,
                            Direction direction,
                            Cadence cadence,
                            PersonId ownerId) {
}
