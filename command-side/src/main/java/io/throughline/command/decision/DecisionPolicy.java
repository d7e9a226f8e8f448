package io.throughline.command.decision;

import io.throughline.command.authorisation.FeaturePolicy;
import io.throughline.command.authorisation.Leadership;
import io.throughline.command.authorisation.Permissions;
import io.throughline.kernel.decision.DefineDecisionRight;
import io.throughline.kernel.decision.RecordDecision;
import io.throughline.kernel.decision.RevokeDecisionRight;
import org.springframework.stereotype.Component;

/**
 * Admins and leaders at or above a team define and revoke its decision rights. They, and the team's lead and members,
 * record its decisions: who may write to the log, whereas whether the decider held the right is the log's own flag.
 */
@Component
public class DecisionPolicy implements FeaturePolicy {

    private final Leadership leadership;

    public DecisionPolicy(Leadership leadership) {
        this.leadership = leadership;
    }

    @Override
    public void grant(Permissions permissions) {
        permissions.allow(DefineDecisionRight.class, (actor, c) -> actor.isAdmin()
                || leadership.leadsAtOrAbove(actor, c.teamId()));
        permissions.allow(RevokeDecisionRight.class, (actor, c) -> actor.isAdmin()
                || leadership.leadsAtOrAbove(actor, c.teamId()));
        permissions.allow(RecordDecision.class, (actor, c) -> actor.isAdmin()
                || leadership.leadsAtOrAboveOrBelongsTo(actor, c.teamId()));
    }
}
