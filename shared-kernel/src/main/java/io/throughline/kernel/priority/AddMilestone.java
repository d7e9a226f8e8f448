package io.throughline.kernel.priority;

import io.throughline.kernel.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * Adds a step of the owner's execution plan to the end of a priority's milestones.
 *
 * @param ownerId who carries the milestone, or {@code null} for the priority's owner
 */
public record AddMilestone(@TargetAggregateIdentifier PriorityId priorityId,
                           MilestoneId milestoneId,
                           String title,
                           LocalDate dueDate,
                           PersonId ownerId,
                           @TargetAggregateVersion Long expectedVersion) {
}
