package io.throughline.command.plan;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.team.TeamId;

import java.util.Optional;

/**
 * What a priority needs to know of the annual goal it names; injected by Axon. Answered from a table kept current in
 * the transaction that appends the goal's events ({@link AnnualGoalDirectoryTable}), so naming a goal does not lock it.
 */
public interface AnnualGoalDirectory {

    Optional<Standing> standingOf(AnnualGoalId goalId);

    /** Whose goal it is, of which year, and whether it was retired. */
    record Standing(TeamId teamId, int year, boolean retired) {
    }
}
