package io.throughline.kernel.priority;

import io.throughline.kernel.AnnualGoalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Makes a priority serve an annual goal of its year, another one, or none ({@code null}).
 *
 * @param reason why: required once the priority has a status report or is past half its quarter, as for realigning
 */
public record ServeAnnualGoal(@TargetAggregateIdentifier PriorityId priorityId,
                              AnnualGoalId annualGoalId,
                              String reason,
                              @TargetAggregateVersion Long expectedVersion) {
}
