package io.throughline.command.priority;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

/**
 * Where a priority sits in the plan, who owns it and whether it is still open: the cascade rules compare placements,
 * the authorisation policy reads team and owner.
 *
 * @param closed completed or dropped: nothing new can be aligned to it
 */
public record Placement(TeamId teamId, Quarter quarter, PersonId ownerId, boolean closed) {
}
