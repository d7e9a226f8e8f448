package io.throughline.kernel.huddle;

import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a stuck item raised in one of the team's huddles; until then it is on every next huddle's agenda. */
public record ResolveStuckItem(TeamId teamId, StuckItemId itemId, String resolution) {

    @TargetAggregateIdentifier
    public String huddleKey() {
        return teamId == null ? null : HuddleKey.of(teamId);
    }
}
