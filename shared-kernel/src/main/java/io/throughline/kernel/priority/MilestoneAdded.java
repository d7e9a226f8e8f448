package io.throughline.kernel.priority;

import io.throughline.kernel.PersonId;

import java.time.LocalDate;

/** @param ownerId who carries the milestone; the priority's owner when none was named */
public record MilestoneAdded(PriorityId priorityId, MilestoneId milestoneId, String title, LocalDate dueDate,
                             PersonId ownerId) implements MilestoneEvent {
}
