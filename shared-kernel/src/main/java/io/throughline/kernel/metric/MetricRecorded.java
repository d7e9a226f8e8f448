package io.throughline.kernel.metric;

import java.math.BigDecimal;

public record MetricRecorded(MetricId metricId, Period period, BigDecimal value, String note) {
}
