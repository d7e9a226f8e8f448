package io.throughline.kernel.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Stops work on a priority; the reason is mandatory. Priorities serving it stay, flagged as orphans. */
public record DropPriority(@TargetAggregateIdentifier PriorityId priorityId,
                           String reason,
                           @TargetAggregateVersion Long expectedVersion) {
}
