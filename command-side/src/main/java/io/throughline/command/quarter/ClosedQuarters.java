package io.throughline.command.quarter;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

/** The refusal of whatever a closed quarter does not accept, in one wording wherever it is refused. */
public final class ClosedQuarters {

    private ClosedQuarters() {
    }

    public static void requireOpen(QuarterDirectory quarters, TeamId team, Quarter quarter, String field) {
        if (quarters.isClosed(team, quarter)) {
            throw closed(quarter, field);
        }
    }

    static CommandRejectedException closed(Quarter quarter, String field) {
        return CommandRejectedException.conflict(TeamQuarterRule.CLOSED_QUARTER_ACCEPTS_NOTHING, field,
                quarter + " of this team is closed; its lead can reopen it");
    }
}
