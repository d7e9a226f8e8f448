package io.throughline.kernel.insight;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

/**
 * Answers the {@link Insights} of a quarter.
 *
 * @param teamId the team whose figures to give, with every team below it; {@code null} for the whole organisation
 */
public record GetInsights(Quarter quarter, TeamId teamId) {
}
