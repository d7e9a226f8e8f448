package io.throughline.kernel.plan;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

/** Answered with an {@code Optional<TeamPlan>}: empty when the team does not exist. */
public record GetTeamPlan(TeamId teamId, Quarter quarter) {
}
