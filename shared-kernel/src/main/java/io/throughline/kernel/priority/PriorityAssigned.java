package io.throughline.kernel.priority;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

import java.time.LocalDate;

/**
 * A priority starts {@link PriorityStatus#NOT_STARTED}.
 *
 * @param annualGoalId the annual goal it serves; {@code null} when none (and in every event stored before annual goals)
 */
public record PriorityAssigned(PriorityId priorityId,
                               TeamId teamId,
                               Quarter quarter,
                               String title,
                               PersonId ownerId,
                               String successCriterion,
                               LocalDate dueDate,
                               PriorityId parentPriorityId,
                               AnnualGoalId annualGoalId) {
}
