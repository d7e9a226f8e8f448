package io.throughline.kernel.huddle;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

/** Answered with an {@code Optional<TeamHuddles>}: empty when there is no such team. */
public record GetTeamHuddles(TeamId teamId, Quarter quarter) {
}
