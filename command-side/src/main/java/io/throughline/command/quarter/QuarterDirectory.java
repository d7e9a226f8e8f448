package io.throughline.command.quarter;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;

import java.util.List;
import java.util.Optional;

/**
 * What the priorities and the closing of a quarter need to know about quarters; injected by Axon. Answered from
 * tables kept current in the transaction that appends the events ({@link QuarterDirectoryTable}).
 */
public interface QuarterDirectory {

    /** Whether the team's quarter is closed: it then accepts no new priority and no status report. */
    boolean isClosed(TeamId teamId, Quarter quarter);

    /** The team's priorities of the quarter that are neither completed, missed, carried over nor dropped. */
    List<PriorityId> openPriorities(TeamId teamId, Quarter quarter);

    /** The next quarter's priority a carried-over priority continues in, if it was carried over. */
    Optional<PriorityId> successorOf(PriorityId priorityId);
}
