package io.throughline.kernel.decision;

import io.throughline.kernel.team.TeamId;

/** Answered with an {@code Optional<DecisionRights>}: empty when the team does not exist. */
public record GetDecisionRights(TeamId teamId) {
}
