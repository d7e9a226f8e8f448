package io.throughline.kernel.quarter;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopens a closed quarter, with a reason: its missed priorities return to their last open status. */
public record ReopenQuarter(TeamId teamId, Quarter quarter, String reason) {

    @TargetAggregateIdentifier
    public String teamQuarterKey() {
        return TeamQuarterKey.of(teamId, quarter);
    }
}
