package io.throughline.kernel.team;

/** Answered with an {@code Optional<TeamView>}. */
public record FindTeam(TeamId teamId) {
}
