package io.throughline.kernel.huddle;

import io.throughline.kernel.team.TeamId;

/** A team's huddles are one aggregate, which knows the dates held and the stuck items still open; this is its id. */
public final class HuddleKey {

    private HuddleKey() {
    }

    public static String of(TeamId teamId) {
        return teamId + "@huddles";
    }
}
