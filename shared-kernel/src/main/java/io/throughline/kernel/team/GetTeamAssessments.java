package io.throughline.kernel.team;

/** Answered with an {@code Optional<TeamAssessments>}: empty when the team does not exist. */
public record GetTeamAssessments(TeamId teamId) {
}
