package io.throughline.kernel.dashboard;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

/** Answered with an {@code Optional<TeamDashboard>}; a {@code null} quarter means every quarter. */
public record GetTeamDashboard(TeamId teamId, Quarter quarter) {
}
