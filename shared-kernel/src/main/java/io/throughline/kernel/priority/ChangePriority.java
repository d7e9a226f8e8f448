package io.throughline.kernel.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * Edits a priority's wording or due date. A field left {@code null} keeps its value.
 *
 * @param expectedVersion the version the sender last saw, or {@code null} to apply to whatever is current
 */
public record ChangePriority(@TargetAggregateIdentifier PriorityId priorityId,
                             String title,
                             String description,
                             String successCriterion,
                             LocalDate dueDate,
                             @TargetAggregateVersion Long expectedVersion) {
}
