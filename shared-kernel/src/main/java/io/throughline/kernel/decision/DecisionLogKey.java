package io.throughline.kernel.decision;

import io.throughline.kernel.team.TeamId;

/** A team has one decision log, holding its decision rights and its decisions; this is that aggregate's identifier. */
public final class DecisionLogKey {

    private DecisionLogKey() {
    }

    public static String of(TeamId teamId) {
        return teamId + "@decisions";
    }
}
