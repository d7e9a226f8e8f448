package io.throughline.kernel.team;

/** Answered with an {@code Optional<AssessmentHistory>}: empty when the team does not exist. */
public record GetAssessmentHistory(TeamId teamId) {
}
