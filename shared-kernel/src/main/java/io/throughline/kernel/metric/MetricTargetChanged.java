package io.throughline.kernel.metric;

import io.throughline.kernel.Change;

import java.math.BigDecimal;

/** What counts as good moved: never silently, always with a reason. Only what changed is present. */
public record MetricTargetChanged(MetricId metricId, Change<BigDecimal> target, Change<BigDecimal> greenAt,
                                  Change<BigDecimal> redAt, String reason) {
}
