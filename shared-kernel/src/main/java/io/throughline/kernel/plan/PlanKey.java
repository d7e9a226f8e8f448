package io.throughline.kernel.plan;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

/** A team has one One Page Plan per quarter; this is the identifier of that plan's aggregate. */
public final class PlanKey {

    private PlanKey() {
    }

    public static String of(TeamId teamId, Quarter quarter) {
        return teamId + "@" + quarter;
    }
}
