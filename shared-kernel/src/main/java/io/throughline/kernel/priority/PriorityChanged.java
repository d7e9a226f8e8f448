package io.throughline.kernel.priority;

import io.throughline.kernel.Change;

import java.time.LocalDate;

/** Only the fields that changed are present; the others are {@code null}. */
public record PriorityChanged(PriorityId priorityId,
                              Change<String> title,
                              Change<String> description,
                              Change<String> successCriterion,
                              Change<LocalDate> dueDate) {
}
