package io.throughline.command.priority;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

/**
 * Where a priority sits in the plan, and whether it is still open: the cascade rules compare placements.
 *
 * @param closed completed or dropped: nothing new can be aligned to it
 */
public record Placement(TeamId teamId, Quarter quarter, boolean closed) {
}
