package io.throughline.kernel.quarter;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

/** A team's quarter, closed and reopened as one aggregate: this is its id. */
public final class TeamQuarterKey {

    private TeamQuarterKey() {
    }

    public static String of(TeamId teamId, Quarter quarter) {
        return teamId == null || quarter == null ? null : teamId + "@" + quarter;
    }
}
