package io.throughline.kernel.metric;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Records the value of a metric for one period of its cadence; a period gets one value. */
public record RecordMetric(@TargetAggregateIdentifier MetricId metricId, Period period, BigDecimal value, String note) {
}
