package io.throughline.kernel.priority;

import io.throughline.kernel.PersonId;

import java.time.LocalDate;

/** One milestone of a priority as it stands now; {@code position} orders the plan, from 1. */
public record MilestoneView(MilestoneId id, int position, String title, LocalDate dueDate, PersonId ownerId,
                            boolean done) {
}
