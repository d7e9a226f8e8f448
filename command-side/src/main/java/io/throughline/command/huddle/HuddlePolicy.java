package io.throughline.command.huddle;

import io.throughline.command.authorisation.FeaturePolicy;
import io.throughline.command.authorisation.Leadership;
import io.throughline.command.authorisation.Permissions;
import io.throughline.kernel.huddle.HoldHuddle;
import io.throughline.kernel.huddle.ResolveStuckItem;
import org.springframework.stereotype.Component;

/**
 * Leaders hold the huddles of the teams they lead and every team below them; they and the team's people who are
 * leaders resolve its stuck items.
 */
@Component
public class HuddlePolicy implements FeaturePolicy {

    private final Leadership leadership;

    public HuddlePolicy(Leadership leadership) {
        this.leadership = leadership;
    }

    @Override
    public void grant(Permissions permissions) {
        // A huddle's status reports and KPI values are then checked one by one, as the actor's own commands.
        permissions.allow(HoldHuddle.class, (actor, c) -> leadership.leadsAtOrAbove(actor, c.teamId()));
        permissions.allow(ResolveStuckItem.class, (actor, c) -> leadership.leadsAtOrAboveOrBelongsTo(actor, c.teamId()));
    }
}
