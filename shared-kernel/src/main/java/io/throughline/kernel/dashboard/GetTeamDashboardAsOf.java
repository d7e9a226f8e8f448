package io.throughline.kernel.dashboard;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

import java.time.Instant;

/**
 * Answered with an {@code Optional<TeamDashboard>}: the team's dashboard exactly as it stood at the instant (its name,
 * its priorities and their statuses then, its scorecard as it read then); a {@code null} quarter means every quarter.
 * Empty when the team did not exist then.
 */
public record GetTeamDashboardAsOf(TeamId teamId, Quarter quarter, Instant asOf) {
}
