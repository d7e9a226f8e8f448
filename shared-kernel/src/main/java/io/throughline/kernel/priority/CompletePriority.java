package io.throughline.kernel.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CompletePriority(@TargetAggregateIdentifier PriorityId priorityId,
                               String comment,
                               @TargetAggregateVersion Long expectedVersion) {
}
