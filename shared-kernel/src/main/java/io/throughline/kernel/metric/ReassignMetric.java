package io.throughline.kernel.metric;

import io.throughline.kernel.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReassignMetric(@TargetAggregateIdentifier MetricId metricId, PersonId newOwnerId, String reason) {
}
