package io.throughline.kernel.team;

import io.throughline.kernel.PersonId;

import java.util.List;

/** A team as the read side knows it; {@code parentTeamId} is null for a root, {@code leadId} before a lead is named. */
public record TeamView(TeamId id, String name, TeamId parentTeamId, PersonId leadId, List<PersonId> members) {
}
