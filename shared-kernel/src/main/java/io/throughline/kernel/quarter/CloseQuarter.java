package io.throughline.kernel.quarter;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Closes a team's quarter with one decision for every priority of the team and quarter still open, applied to them
 * all in one unit of work: all or none.
 */
public record CloseQuarter(TeamId teamId, Quarter quarter, List<QuarterDecision> decisions) {

    @TargetAggregateIdentifier
    public String teamQuarterKey() {
        return TeamQuarterKey.of(teamId, quarter);
    }
}
