package io.throughline.kernel.team;

/** A team as the read side knows it; {@code parentTeamId} is null for a root. */
public record TeamView(TeamId id, String name, TeamId parentTeamId) {
}
