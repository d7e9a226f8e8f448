package io.throughline.kernel.plan;

import io.throughline.kernel.Change;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

import java.util.List;

/** Only the parts that changed are present. */
public record PlanReframed(TeamId teamId, Quarter quarter, Change<String> purpose, Change<String> outcome,
                           Change<List<String>> annualGoals, String reason) {
}
