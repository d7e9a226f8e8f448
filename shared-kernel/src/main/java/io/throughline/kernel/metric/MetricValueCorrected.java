package io.throughline.kernel.metric;

import io.throughline.kernel.Change;

import java.math.BigDecimal;

public record MetricValueCorrected(MetricId metricId, Period period, Change<BigDecimal> value, String reason) {
}
