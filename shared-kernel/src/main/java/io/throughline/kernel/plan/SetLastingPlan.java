package io.throughline.kernel.plan;

import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * The parts of a team's One Page Plan that outlast quarters and years. A field left out (null) keeps its value.
 *
 * @param coreValues       what the team holds to, in the order given
 * @param purpose          why the team exists
 * @param bhag             the long-range target (the "big hairy audacious goal")
 * @param longRangeTargets where the team means to be in three to five years
 * @param reason           why the plan changed; optional
 */
public record SetLastingPlan(TeamId teamId, List<String> coreValues, String purpose, String bhag,
                             List<String> longRangeTargets, String reason) {

    @TargetAggregateIdentifier
    public String planKey() {
        return teamId == null ? null : LastingPlanKey.of(teamId);
    }
}
