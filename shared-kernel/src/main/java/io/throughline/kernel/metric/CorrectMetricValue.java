package io.throughline.kernel.metric;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Replaces the value recorded for a period; the reason is mandatory and the old value stays in the history. */
public record CorrectMetricValue(@TargetAggregateIdentifier MetricId metricId, Period period, BigDecimal value,
                                 String reason) {
}
