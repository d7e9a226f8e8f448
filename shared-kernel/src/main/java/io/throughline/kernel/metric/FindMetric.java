package io.throughline.kernel.metric;

/**
 * Answered with an {@code Optional<MetricDetail>}.
 *
 * @param latestValues how many of the newest values to answer with, oldest of them first; null: every value (a KPI
 *                     of seventeen years of weeks has some nine hundred, which a page need not draw at once)
 */
public record FindMetric(MetricId metricId, Integer latestValues) {

    public FindMetric {
        if (latestValues != null && latestValues < 1) {
            throw new IllegalArgumentException("latestValues must be at least 1");
        }
    }

    /** The KPI with every value ever recorded. */
    public FindMetric(MetricId metricId) {
        this(metricId, null);
    }
}
