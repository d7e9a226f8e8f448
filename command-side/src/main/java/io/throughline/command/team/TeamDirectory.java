package io.throughline.command.team;

import io.throughline.command.authorisation.Organisation;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;

import java.util.List;

/**
 * What other aggregates' command handlers and the policies may know about teams; injected into their handlers by Axon.
 * Answered from a table kept current in the transaction that appends the team events ({@link TeamDirectoryTable}), so
 * asking takes no lock on the Team aggregates.
 */
public interface TeamDirectory extends Organisation {

    boolean exists(TeamId teamId);

    /** Whether the person is the team's appointed lead. */
    boolean isLedBy(TeamId teamId, PersonId person);

    /** Whether the person leads the team or belongs to it: who may own the team's priorities. */
    @Override
    boolean hasLeadOrMember(TeamId teamId, PersonId person);

    /** The teams the person leads or belongs to. */
    List<TeamId> teamsOf(PersonId person);

    /**
     * Whether the person leads or belongs to the team or to a team below it: who may own the team's priorities, so a
     * company priority can be owned by the lead of a team below the company.
     */
    default boolean hasLeadOrMemberAtOrBelow(TeamId teamId, PersonId person) {
        return teamsOf(person).stream().anyMatch(team -> selfAndAncestors(team).contains(teamId));
    }

    /** The team followed by its parent, grandparent and so on up to the root; empty when the team does not exist. */
    default List<TeamId> selfAndAncestors(TeamId teamId) {
        return chainOf(teamId).stream().map(TeamAndLead::teamId).toList();
    }

    /**
     * The same answer as {@link #selfAndAncestors}, for moving a team: no other team moves until the command's
     * transaction ends. Two teams moved under each other at the same moment would otherwise both pass the check that
     * the tree stays without cycles, since nothing locks the teams above any more.
     */
    List<TeamId> selfAndAncestorsWhileMoving(TeamId teamId);
}
