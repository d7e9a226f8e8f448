package io.throughline.command.plan;

import io.throughline.command.authorisation.FeaturePolicy;
import io.throughline.command.authorisation.Leadership;
import io.throughline.command.authorisation.Permissions;
import io.throughline.kernel.plan.FramePlan;
import io.throughline.kernel.plan.ReframePlan;
import org.springframework.stereotype.Component;

/** Leaders frame and reframe the plans of the teams they lead and every team below them. */
@Component
public class PlanPolicy implements FeaturePolicy {

    private final Leadership leadership;

    public PlanPolicy(Leadership leadership) {
        this.leadership = leadership;
    }

    @Override
    public void grant(Permissions permissions) {
        permissions.allow(FramePlan.class, (actor, c) -> leadership.leadsAtOrAbove(actor, c.teamId()));
        permissions.allow(ReframePlan.class, (actor, c) -> leadership.leadsAtOrAbove(actor, c.teamId()));
    }
}
