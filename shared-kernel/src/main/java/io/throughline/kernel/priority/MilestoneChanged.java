package io.throughline.kernel.priority;

import io.throughline.kernel.Change;

import java.time.LocalDate;

/**
 * Only the fields that changed are present; {@code reason} explains a new due date.
 *
 * @param milestone the milestone's title before the change, so that its history names it
 */
public record MilestoneChanged(PriorityId priorityId, MilestoneId milestoneId, String milestone, Change<String> title,
                               Change<LocalDate> dueDate, String reason) implements MilestoneEvent {
}
