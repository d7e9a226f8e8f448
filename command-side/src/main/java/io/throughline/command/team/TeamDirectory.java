package io.throughline.command.team;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;

import java.util.List;

/** What other aggregates' command handlers may know about teams; injected into their handlers by Axon. */
public interface TeamDirectory {

    boolean exists(TeamId teamId);

    /** Whether the person is the team's appointed lead. */
    boolean isLedBy(TeamId teamId, PersonId person);

    /** Whether the person leads the team or belongs to it: who may own the team's priorities. */
    boolean hasLeadOrMember(TeamId teamId, PersonId person);

    /** The team followed by its parent, grandparent and so on up to the root; empty when the team does not exist. */
    List<TeamId> selfAndAncestors(TeamId teamId);
}
