package io.throughline.kernel.plan;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Renames or redescribes an annual goal; a field left out (null) keeps its value.
 *
 * @param teamId the team the goal is addressed through; a goal of another team is not found
 */
public record ChangeAnnualGoal(@TargetAggregateIdentifier AnnualGoalId goalId, TeamId teamId, String title,
                               String description, String reason) {
}
