package io.throughline.kernel.metric;

import io.throughline.kernel.team.TeamId;

/** Answered with an {@code Optional<Scorecard>}: empty when the team does not exist. */
public record GetScorecard(TeamId teamId) {
}
