package io.throughline.kernel.priority;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

import java.time.LocalDate;

/** A priority starts {@link PriorityStatus#NOT_STARTED}. */
public record PriorityAssigned(PriorityId priorityId,
                               TeamId teamId,
                               Quarter quarter,
                               String title,
                               PersonId ownerId,
                               String successCriterion,
                               LocalDate dueDate,
                               PriorityId parentPriorityId) {
}
