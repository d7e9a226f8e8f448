package io.throughline.command.authorisation;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;

import java.util.List;

/**
 * Who leads or belongs where in the team tree, as {@link Leadership} asks it; the team feature's directory answers,
 * from a table kept current with the events rather than by loading (and so locking) the Team aggregates.
 */
public interface Organisation {

    /** The team followed by its parent, grandparent and so on up to the root, each with its lead; empty when unknown. */
    List<TeamAndLead> chainOf(TeamId teamId);

    /** Whether the person leads the team or belongs to it. */
    boolean hasLeadOrMember(TeamId teamId, PersonId person);

    /** @param leadId the team's appointed lead, or null while it has none */
    record TeamAndLead(TeamId teamId, PersonId leadId) {
    }
}
