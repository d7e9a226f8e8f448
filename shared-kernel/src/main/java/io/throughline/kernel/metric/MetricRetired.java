package io.throughline.kernel.metric;

public record MetricRetired(MetricId metricId, String reason) {
}
