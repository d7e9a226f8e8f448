package io.throughline.kernel.plan;

import io.throughline.kernel.AnnualGoalId;

/** Answered with an {@code Optional<AnnualPlan.AnnualGoal>}: empty when no goal has the id. */
public record FindAnnualGoal(AnnualGoalId goalId) {
}
