package io.throughline.kernel.metric;

import io.throughline.kernel.team.TeamId;

import java.util.List;

/** A team's active KPIs, by name. */
public record Scorecard(TeamId teamId, String teamName, List<MetricSummary> metrics) {
}
