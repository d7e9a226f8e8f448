package io.throughline.kernel.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * Edits a priority's wording or due date. A field left {@code null} keeps its value.
 *
 * @param reason why the goalpost moves: required once the priority has a status report or is past half its quarter
 * @param expectedVersion the version the sender last saw, or {@code null} to apply to whatever is current
 */
public record ChangePriority(@TargetAggregateIdentifier PriorityId priorityId,
                             String title,
                             String description,
                             String successCriterion,
                             LocalDate dueDate,
                             String reason,
                             @TargetAggregateVersion Long expectedVersion) {
}
