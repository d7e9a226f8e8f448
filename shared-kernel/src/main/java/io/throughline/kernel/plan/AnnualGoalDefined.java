package io.throughline.kernel.plan;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.team.TeamId;

public record AnnualGoalDefined(AnnualGoalId goalId, TeamId teamId, int year, String title, String description) {
}
