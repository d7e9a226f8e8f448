package io.throughline.kernel.plan;

import io.throughline.kernel.team.TeamId;

import java.util.List;

/**
 * The layer of a team's One Page Plan above its quarters.
 *
 * @param lasting the lasting parts; empty ones when the team never set them
 * @param goals   the goals of the year, in the order they were defined
 */
public record AnnualPlan(TeamId teamId, int year, LastingParts lasting, List<AnnualGoal> goals) {

    public record LastingParts(List<String> coreValues, String purpose, String bhag, List<String> longRangeTargets) {

        public static final LastingParts NONE = new LastingParts(List.of(), null, null, List.of());
    }

    /** @param retireReason why the goal was retired; null while it stands */
    public record AnnualGoal(AnnualGoalId goalId, String title, String description, boolean retired, String retireReason) {
    }
}
