package io.throughline.kernel.plan;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * "Frame it": a team's One Page Plan for a quarter.
 *
 * @param purpose     why the team exists; optional
 * @param outcome     what a win looks like at the end of the quarter
 * @param annualGoals the goals of the year this quarter serves
 */
public record FramePlan(TeamId teamId, Quarter quarter, String purpose, String outcome, List<String> annualGoals) {

    @TargetAggregateIdentifier
    public String planKey() {
        return teamId == null || quarter == null ? null : PlanKey.of(teamId, quarter);
    }
}
