package io.throughline.kernel.priority;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Gives a team a quarterly priority with a named owner.
 *
 * @param successCriterion what done looks like; optional
 * @param dueDate          optional, inside the quarter
 * @param parentPriorityId the priority of a higher team this one serves (the cascade); none for a company priority
 * @param annualGoalId     the annual goal of its team or a team above, of the quarter's year, it serves; optional
 */
public record AssignPriority(@TargetAggregateIdentifier PriorityId priorityId,
                             TeamId teamId,
                             Quarter quarter,
                             String title,
                             PersonId ownerId,
                             String successCriterion,
                             LocalDate dueDate,
                             PriorityId parentPriorityId,
                             AnnualGoalId annualGoalId) {
}
