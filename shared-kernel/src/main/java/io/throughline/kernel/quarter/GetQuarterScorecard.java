package io.throughline.kernel.quarter;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

/** Answers the {@link QuarterScorecard} of a team's quarter, open or closed. */
public record GetQuarterScorecard(TeamId teamId, Quarter quarter) {
}
