package io.throughline.kernel.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RemoveMilestone(@TargetAggregateIdentifier PriorityId priorityId,
                              MilestoneId milestoneId,
                              @TargetAggregateVersion Long expectedVersion) {
}
