package io.throughline.kernel.plan;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;

import java.util.List;

/** A team's One Page Plan for a quarter: its framing ({@code null} until framed), priorities and KPIs. */
public record TeamPlan(TeamId teamId, String teamName, Quarter quarter, Framing framing,
                       List<PriorityView> priorities, List<MetricSummary> metrics) {

    public record Framing(String purpose, String outcome, List<String> annualGoals) {
    }
}
