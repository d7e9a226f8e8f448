package io.throughline.kernel.metric;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a metric off the scorecard for good; its history stays. */
public record RetireMetric(@TargetAggregateIdentifier MetricId metricId, String reason) {
}
