package io.throughline.kernel.metric;

import java.util.List;

/**
 * A KPI with every value ever recorded for it, oldest period first, corrections marked, each judged against the target
 * in force at the end of its period; and the KPI's targets, oldest first, from its definition on.
 */
public record MetricDetail(MetricSummary metric, List<RecordedValue> values, List<TargetVersion> targets) {
}
