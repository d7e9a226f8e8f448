package io.throughline.kernel.decision;

import io.throughline.kernel.Change;
import io.throughline.kernel.team.TeamId;

/** A holder no longer has any right on the category: {@code mode} goes from the mode it had to null. */
public record DecisionRightRevoked(TeamId teamId, String category, RightHolder holder, Change<DecisionMode> mode) {
}
