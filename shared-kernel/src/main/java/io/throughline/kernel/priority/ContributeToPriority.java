package io.throughline.kernel.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Makes a priority also contribute to a priority of another team in its quarter (lateral alignment), besides the one
 * parent it serves in the cascade.
 */
public record ContributeToPriority(@TargetAggregateIdentifier PriorityId priorityId, PriorityId targetPriorityId,
                                   @TargetAggregateVersion Long expectedVersion) {
}
