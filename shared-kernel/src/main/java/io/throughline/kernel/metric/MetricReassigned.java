package io.throughline.kernel.metric;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;

public record MetricReassigned(MetricId metricId, Change<PersonId> ownerId, String reason) {
}
