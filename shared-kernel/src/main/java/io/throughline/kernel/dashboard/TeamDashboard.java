package io.throughline.kernel.dashboard;

import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.progress.PriorityProgress;
import io.throughline.kernel.team.TeamId;

import java.time.Instant;
import java.util.List;

/**
 * What a team sees first: its priorities and its KPIs with their latest values.
 *
 * @param progress the measured progress of each of its priorities, in the order of {@code priorities}
 * @param asOf     the instant the dashboard stood as it is told here; null for the live one
 */
public record TeamDashboard(TeamId teamId,
                            String name,
                            TeamId parentTeamId,
                            List<PriorityView> priorities,
                            List<MetricSummary> metrics,
                            List<PriorityProgress> progress,
                            Instant asOf) {
}
