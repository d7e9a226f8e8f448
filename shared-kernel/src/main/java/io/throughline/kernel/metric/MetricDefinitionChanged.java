package io.throughline.kernel.metric;

import io.throughline.kernel.Change;
import io.throughline.kernel.priority.PriorityId;

/** The descriptive parts of a definition; only what changed is present. */
public record MetricDefinitionChanged(MetricId metricId, Change<String> name, Change<String> unit,
                                      Change<MetricKind> kind, Change<PriorityId> priorityId) {
}
