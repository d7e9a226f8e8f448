package io.throughline.command.priority;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

/** Where a priority sits in the plan: the cascade rules compare placements. */
public record Placement(TeamId teamId, Quarter quarter) {
}
