package io.throughline.kernel.metric;

import io.throughline.kernel.team.TeamId;

import java.time.Instant;
import java.util.List;

/**
 * A team's active KPIs, by name.
 *
 * @param asOf null for the scorecard now; else the instant it stood at, the team's name and KPIs being those of then
 */
public record Scorecard(TeamId teamId, String teamName, List<MetricSummary> metrics, Instant asOf) {
}
