package io.throughline.kernel.metric;

import io.throughline.kernel.team.TeamId;

import java.time.Instant;

/**
 * Answered with an {@code Optional<Scorecard>}: the team's scorecard exactly as it read at the instant (KPIs defined by
 * then and not yet retired, as they were defined then; values and corrections known then; targets in force then).
 * Empty when the team did not exist then.
 */
public record GetScorecardAsOf(TeamId teamId, Instant asOf) {
}
