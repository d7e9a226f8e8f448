package io.throughline.kernel.huddle;

import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.Period;

import java.math.BigDecimal;

/** A KPI's value for a period as reported in a huddle. */
public record MetricUpdate(MetricId metricId, Period period, BigDecimal value) {
}
