package io.throughline.kernel.decision;

import io.throughline.kernel.AnyPerson;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes a holder's right on a category away, whatever its mode; the holder is named as in {@link DefineDecisionRight}.
 * A right held by a former person can still be revoked.
 */
public record RevokeDecisionRight(TeamId teamId, String category, HolderRole holderRole, @AnyPerson PersonId personId) {

    @TargetAggregateIdentifier
    public String logKey() {
        return teamId == null ? null : DecisionLogKey.of(teamId);
    }
}
