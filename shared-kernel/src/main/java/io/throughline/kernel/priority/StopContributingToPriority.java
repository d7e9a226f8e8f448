package io.throughline.kernel.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Ends a lateral contribution made by {@link ContributeToPriority}. */
public record StopContributingToPriority(@TargetAggregateIdentifier PriorityId priorityId, PriorityId targetPriorityId,
                                         @TargetAggregateVersion Long expectedVersion) {
}
