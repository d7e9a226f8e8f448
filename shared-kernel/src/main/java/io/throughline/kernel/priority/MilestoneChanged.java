package io.throughline.kernel.priority;

import io.throughline.kernel.Change;

import java.time.LocalDate;

/** Only the fields that changed are present; {@code reason} explains a new due date. */
public record MilestoneChanged(PriorityId priorityId, MilestoneId milestoneId, Change<String> title,
                               Change<LocalDate> dueDate, String reason) implements MilestoneEvent {
}
