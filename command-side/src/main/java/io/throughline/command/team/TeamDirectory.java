package io.throughline.command.team;

import io.throughline.kernel.team.TeamId;

import java.util.List;

/** What other aggregates' command handlers may know about teams; injected into their handlers by Axon. */
public interface TeamDirectory {

    boolean exists(TeamId teamId);

    /** The team followed by its parent, grandparent and so on up to the root; empty when the team does not exist. */
    List<TeamId> selfAndAncestors(TeamId teamId);
}
