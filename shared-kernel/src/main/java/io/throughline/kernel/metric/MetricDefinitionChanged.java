package io.throughline.kernel.metric;

import io.throughline.kernel.Change;
import io.throughline.kernel.priority.PriorityId;

import java.math.BigDecimal;

/**
 * The descriptive parts of a definition; only what changed is present. baseline and weight came with measured
 * progress: events stored before carry neither, and read as unchanged.
 */
public record MetricDefinitionChanged(MetricId metricId, Change<String> name, Change<String> unit,
                                      Change<MetricKind> kind, Change<PriorityId> priorityId,
                                      Change<BigDecimal> baseline, Change<BigDecimal> weight) {

    /** A change of the parts there were before measured progress. */
    public MetricDefinitionChanged(MetricId metricId, Change<String> name, Change<String> unit,
                                   Change<MetricKind> kind, Change<PriorityId> priorityId) {
        this(metricId, name, unit, kind, priorityId, null, null);
    }
}
