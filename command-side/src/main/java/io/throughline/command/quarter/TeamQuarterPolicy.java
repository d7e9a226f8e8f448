package io.throughline.command.quarter;

import io.throughline.command.authorisation.FeaturePolicy;
import io.throughline.command.authorisation.Leadership;
import io.throughline.command.authorisation.Permissions;
import io.throughline.kernel.quarter.CloseQuarter;
import io.throughline.kernel.quarter.ReopenQuarter;
import org.springframework.stereotype.Component;

/**
 * The lead of a team, or of a team above it, closes and reopens its quarter: closing decides every priority of the
 * team, which such a leader may complete, drop and reassign one by one anyway.
 */
@Component
public class TeamQuarterPolicy implements FeaturePolicy {

    private final Leadership leadership;

    public TeamQuarterPolicy(Leadership leadership) {
        this.leadership = leadership;
    }

    @Override
    public void grant(Permissions permissions) {
        permissions.allow(CloseQuarter.class, (actor, c) -> leadership.leadsAtOrAbove(actor, c.teamId()));
        permissions.allow(ReopenQuarter.class, (actor, c) -> leadership.leadsAtOrAbove(actor, c.teamId()));
    }
}
