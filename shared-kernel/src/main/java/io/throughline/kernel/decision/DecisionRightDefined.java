package io.throughline.kernel.decision;

import io.throughline.kernel.Change;
import io.throughline.kernel.team.TeamId;

/**
 * A holder's right on a category of a team's decisions, new ({@code mode.before()} is null) or changed.
 *
 * @param category normalised: stripped, inner blanks collapsed, lower case
 */
public record DecisionRightDefined(TeamId teamId, String category, RightHolder holder, Change<DecisionMode> mode) {
}
