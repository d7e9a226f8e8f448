package io.throughline.command.huddle;

import io.throughline.command.authorisation.FeaturePolicy;
import io.throughline.command.authorisation.Leadership;
import io.throughline.command.authorisation.Permissions;
import io.throughline.kernel.huddle.HoldHuddle;
import io.throughline.kernel.huddle.ResolveStuckItem;
import org.springframework.stereotype.Component;

/**
 * Leaders hold the huddles of the teams they lead and every team below them, and a team's own people, its lead and
 * its members, run its huddles and resolve its stuck items: members attend and contribute to the huddles of their
 * teams.
 */
@Component
public class HuddlePolicy implements FeaturePolicy {

    private final Leadership leadership;

    public HuddlePolicy(Leadership leadership) {
        this.leadership = leadership;
    }

    @Override
    public void grant(Permissions permissions) {
        // A huddle's status reports and KPI values are then checked one by one, as the actor's own commands: a member's
        // huddle reports only on what the member owns.
        permissions.allow(HoldHuddle.class, (actor, c) -> leadership.leadsAtOrAboveOrBelongsTo(actor, c.teamId()));
        permissions.allow(ResolveStuckItem.class, (actor, c) -> leadership.leadsAtOrAboveOrBelongsTo(actor, c.teamId()));
    }
}
