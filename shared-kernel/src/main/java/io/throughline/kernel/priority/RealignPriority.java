package io.throughline.kernel.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Makes a priority serve another priority of a team above, or none ({@code null}).
 *
 * @param reason why: required once the priority has a status report or is past half its quarter
 */
public record RealignPriority(@TargetAggregateIdentifier PriorityId priorityId,
                              PriorityId newParentPriorityId,
                              String reason,
                              @TargetAggregateVersion Long expectedVersion) {
}
