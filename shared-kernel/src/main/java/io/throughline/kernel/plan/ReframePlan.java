package io.throughline.kernel.plan;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Replaces the framing of a plan; a field left {@code null} keeps its value. */
public record ReframePlan(TeamId teamId, Quarter quarter, String purpose, String outcome, List<String> annualGoals,
                          String reason) {

    @TargetAggregateIdentifier
    public String planKey() {
        return teamId == null || quarter == null ? null : PlanKey.of(teamId, quarter);
    }
}
