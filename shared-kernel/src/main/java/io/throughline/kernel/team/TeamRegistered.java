package io.throughline.kernel.team;

public record TeamRegistered(TeamId teamId, String name, TeamId parentTeamId) {
}
