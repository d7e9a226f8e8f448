package io.throughline.kernel.team;

import io.throughline.kernel.PersonId;

import java.util.List;

/**
 * A team as the read side knows it; {@code parentTeamId} is null for a root, {@code leadId} before a lead is named.
 *
 * @param level the team's depth in the tree: 0 for the root, whose lead and members are the executives; the middle
 *              and frontline layers the product exists for are 1 and below
 */
public record TeamView(TeamId id, String name, TeamId parentTeamId, int level, PersonId leadId, List<PersonId> members) {
}
