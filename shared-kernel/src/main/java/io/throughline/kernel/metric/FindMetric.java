package io.throughline.kernel.metric;

/** Answered with an {@code Optional<MetricSummary>}. */
public record FindMetric(MetricId metricId) {
}
