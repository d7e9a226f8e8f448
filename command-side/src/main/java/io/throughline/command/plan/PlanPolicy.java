package io.throughline.command.plan;

import io.throughline.command.authorisation.FeaturePolicy;
import io.throughline.command.authorisation.Leadership;
import io.throughline.command.authorisation.Permissions;
import io.throughline.kernel.plan.ChangeAnnualGoal;
import io.throughline.kernel.plan.DefineAnnualGoal;
import io.throughline.kernel.plan.FramePlan;
import io.throughline.kernel.plan.ReframePlan;
import io.throughline.kernel.plan.RetireAnnualGoal;
import io.throughline.kernel.plan.SetLastingPlan;
import org.springframework.stereotype.Component;

/** Leaders frame and reframe the plans (the quarter's, the lasting parts and the annual goals) of the teams they lead and every team below them. */
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
        permissions.allow(SetLastingPlan.class, (actor, c) -> leadership.leadsAtOrAbove(actor, c.teamId()));
        permissions.allow(DefineAnnualGoal.class, (actor, c) -> leadership.leadsAtOrAbove(actor, c.teamId()));
        permissions.allow(ChangeAnnualGoal.class, (actor, c) -> leadership.leadsAtOrAbove(actor, c.teamId()));
        permissions.allow(RetireAnnualGoal.class, (actor, c) -> leadership.leadsAtOrAbove(actor, c.teamId()));
    }
}
