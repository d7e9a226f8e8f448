package io.throughline.kernel.priority;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

import java.time.LocalDate;

/** @param version the sequence number of the priority's latest event: what optimistic locking compares */
public record PriorityView(PriorityId id,
                           TeamId teamId,
                           Quarter quarter,
                           String title,
                           PersonId ownerId,
                           PriorityStatus status,
                           String successCriterion,
                           LocalDate dueDate,
                           PriorityId parentPriorityId,
                           long version) {
}
