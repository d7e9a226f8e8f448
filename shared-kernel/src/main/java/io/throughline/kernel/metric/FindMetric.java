package io.throughline.kernel.metric;

/** Answered with an {@code Optional<MetricDetail>}. */
public record FindMetric(MetricId metricId) {
}
