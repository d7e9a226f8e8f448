package io.throughline.kernel.plan;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.Change;
import io.throughline.kernel.team.TeamId;

/** Only the parts that changed are present. */
public record AnnualGoalChanged(AnnualGoalId goalId, TeamId teamId, Change<String> title, Change<String> description,
                                String reason) {
}
