package io.throughline.kernel.decision;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * "Clarify decision-making authority": who decides, is consulted or is informed on a category of decisions of a team.
 * The holder is a role of the team ({@code holderRole}) or a named person ({@code personId}), exactly one of the two.
 * Defining a right the holder already has for the category changes its mode.
 *
 * @param category any text; case and runs of blanks do not matter ("Pricing " and "pricing" are one category)
 */
public record DefineDecisionRight(TeamId teamId, String category, HolderRole holderRole, PersonId personId,
                                  DecisionMode mode) {

    @TargetAggregateIdentifier
    public String logKey() {
        return teamId == null ? null : DecisionLogKey.of(teamId);
    }
}
