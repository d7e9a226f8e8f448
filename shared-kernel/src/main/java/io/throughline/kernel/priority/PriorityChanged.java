package io.throughline.kernel.priority;

import io.throughline.kernel.Change;

import java.time.LocalDate;

/**
 * Only the fields that changed are present; the others are {@code null}.
 *
 * @param reason why it changed; {@code null} when none was given (and in every event stored before reasons existed)
 */
public record PriorityChanged(PriorityId priorityId,
                              Change<String> title,
                              Change<String> description,
                              Change<String> successCriterion,
                              Change<LocalDate> dueDate,
                              String reason) {
}
