package io.throughline.kernel.plan;

import io.throughline.kernel.team.TeamId;

/**
 * The identifier of a team's lasting plan aggregate. It differs from the team's own id because aggregate identifiers
 * share one event store: the team aggregate already owns the bare team id.
 */
public final class LastingPlanKey {

    private LastingPlanKey() {
    }

    public static String of(TeamId teamId) {
        return teamId + "@lasting";
    }
}
