package io.throughline.kernel.plan;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;

import java.time.Instant;
import java.util.List;

/**
 * A team's One Page Plan for a quarter exactly as it stood at an instant, folded from the event log: its name and
 * framing then ({@code null} if not framed yet), and the priorities assigned by then with their titles, owners,
 * statuses and parents then; those dropped later are still there, those assigned later are not.
 *
 * @param annualPlan the layer above the quarter as it stood then: the lasting parts, and the goals of the quarter's
 *                   year defined by then, each with the priorities of this quarter that served it then
 */
public record PlanAsOf(TeamId teamId, String teamName, Quarter quarter, Instant asOf, TeamPlan.Framing framing,
                       List<PriorityView> priorities, AnnualPlan annualPlan) {
}
