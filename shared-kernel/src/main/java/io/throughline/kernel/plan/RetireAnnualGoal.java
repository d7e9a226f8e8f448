package io.throughline.kernel.plan;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The team gives up an annual goal; the reason is required, because priorities may have served it. */
public record RetireAnnualGoal(@TargetAggregateIdentifier AnnualGoalId goalId, TeamId teamId, String reason) {
}
