package io.throughline.kernel.metric;

import java.util.List;

/** A KPI with every value ever recorded for it, oldest period first, corrections marked. */
public record MetricDetail(MetricSummary metric, List<RecordedValue> values) {
}
