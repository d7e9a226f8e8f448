package io.throughline.kernel.priority;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

/**
 * Asks for what a priority of the team in the quarter may serve (see {@link Cascade}): the open priorities of every
 * team above, as a list of {@link ParentCandidates}, the nearest team first.
 */
public record ListParentCandidates(TeamId teamId, Quarter quarter) {
}
