package io.throughline.command.metric;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;

/** Whose a metric is: the team it measures and the person who records its values. */
public record Responsibility(TeamId teamId, PersonId ownerId) {
}
