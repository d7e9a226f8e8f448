package io.throughline.kernel.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * Renames or re-dates a milestone. A field left {@code null} keeps its value; a new due date needs a reason.
 */
public record ChangeMilestone(@TargetAggregateIdentifier PriorityId priorityId,
                              MilestoneId milestoneId,
                              String title,
                              LocalDate dueDate,
                              String reason,
                              @TargetAggregateVersion Long expectedVersion) {
}
