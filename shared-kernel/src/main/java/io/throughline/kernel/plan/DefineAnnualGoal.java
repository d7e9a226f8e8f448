package io.throughline.kernel.plan;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * One of the goals of a team's year, defined once and served by priorities of any of the year's four quarters.
 *
 * @param description what reaching the goal looks like; optional
 */
public record DefineAnnualGoal(@TargetAggregateIdentifier AnnualGoalId goalId, TeamId teamId, Integer year,
                               String title, String description) {
}
