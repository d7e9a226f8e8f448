package io.throughline.kernel.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Makes a priority serve another priority of a team above, or none ({@code null}). */
public record RealignPriority(@TargetAggregateIdentifier PriorityId priorityId,
                              PriorityId newParentPriorityId,
                              @TargetAggregateVersion Long expectedVersion) {
}
