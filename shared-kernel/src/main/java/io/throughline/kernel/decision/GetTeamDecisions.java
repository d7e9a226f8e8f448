package io.throughline.kernel.decision;

import io.throughline.kernel.team.TeamId;

/** Answered with an {@code Optional<TeamDecisions>}: empty when the team does not exist. */
public record GetTeamDecisions(TeamId teamId) {
}
