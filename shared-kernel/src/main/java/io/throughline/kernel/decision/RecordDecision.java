package io.throughline.kernel.decision;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * A decision taken for a team, entered in its decision log. One taken by someone without the DECIDE right for its
 * category is recorded all the same, flagged.
 *
 * @param decision          what was decided
 * @param deciderId         who took it
 * @param consulted         who was asked before; optional, each person once
 * @param relatedPriorityId the priority it serves; optional
 */
public record RecordDecision(DecisionId decisionId, TeamId teamId, String category, String title, String decision,
                             PersonId deciderId, List<PersonId> consulted, PriorityId relatedPriorityId) {

    @TargetAggregateIdentifier
    public String logKey() {
        return teamId == null ? null : DecisionLogKey.of(teamId);
    }
}
