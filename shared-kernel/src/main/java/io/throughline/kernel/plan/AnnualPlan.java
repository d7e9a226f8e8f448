package io.throughline.kernel.plan;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
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

    /**
     * @param retireReason why the goal was retired; null while it stands
     * @param priorities   the priorities serving it, of any quarter of the year, by quarter and then as assigned
     */
    public record AnnualGoal(AnnualGoalId goalId, String title, String description, boolean retired, String retireReason,
                             List<ServingPriority> priorities) {
    }

    /** A priority serving an annual goal, as it stands. */
    public record ServingPriority(PriorityId priorityId, String title, Quarter quarter, PriorityStatus status,
                                 PersonId ownerId) {

        public static ServingPriority of(PriorityView priority) {
            return new ServingPriority(priority.id(), priority.title(), priority.quarter(), priority.status(),
                    priority.ownerId());
        }
    }
}
