package io.throughline.kernel.priority;

import io.throughline.kernel.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hands a priority to another owner, who must lead or belong to the priority's team. */
public record ReassignPriority(@TargetAggregateIdentifier PriorityId priorityId,
                               PersonId newOwnerId,
                               String reason,
                               @TargetAggregateVersion Long expectedVersion) {
}
