package io.throughline.query.dashboard;

import io.throughline.kernel.dashboard.CompanyDashboard.CascadeNode;
import io.throughline.kernel.dashboard.CompanyDashboard.CrossLink;
import io.throughline.kernel.dashboard.CompanyDashboard.FlaggedPriority;
import io.throughline.kernel.dashboard.CompanyDashboard.OptimisticPriority;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.progress.Weights;
import io.throughline.kernel.team.TeamId;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A priority of the quarter with what the roll-up needs to know of it, its team, its history and its progress. */
record CompanyPriority(PriorityId id, String title, TeamId teamId, String teamName, int teamLevel, PersonId ownerId,
                       PriorityStatus status, LocalDate dueDate, PriorityId parentPriorityId, boolean orphaned,
                       int changeCount, Instant assignedAt, Instant reportedAt, Measured measured) {

    /**
     * Its reading of the progress read model, now or as computed at a past instant: progress null without measures,
     * weights 1 until a leader sets them. {@link #NONE} for a priority the progress projection has not measured yet.
     */
    record Measured(BigDecimal progress, BigDecimal weight, BigDecimal milestonesWeight, int milestonesDone,
                    int milestonesTotal) {

        static final Measured NONE = new Measured(null, Weights.DEFAULT, Weights.DEFAULT, 0, 0);
    }

    boolean heldByRootTeam() {
        return teamLevel == 0;
    }

    boolean dropped() {
        return status == PriorityStatus.DROPPED;
    }

    /** Serves a parent priority that still stands. */
    boolean aligned() {
        return parentPriorityId != null && !orphaned;
    }

    /**
     * Its node over the nodes of the priorities serving it, with how many of those stand at each status at any depth
     * and the priorities it contributes to beside the cascade.
     */
    CascadeNode node(List<CascadeNode> children, Map<PriorityStatus, Integer> serving, List<CrossLink> contributesTo,
                     QuarterMeasures measures) {
        return new CascadeNode(id, title, teamId, teamName, ownerId, status, dueDate, orphaned, assignedAt, reportedAt,
                serving, children, contributesTo, measured.progress(), measures.expectedProgress(), measured.weight(),
                measures.optimistic(this), measures.of(this, children));
    }

    FlaggedPriority flagged(CrossLink droppedParent, List<CrossLink> droppedContributions) {
        return new FlaggedPriority(id, title, teamId, teamName, ownerId, status, changeCount, droppedParent,
                droppedContributions);
    }

    OptimisticPriority optimistic(BigDecimal expectedProgress) {
        return new OptimisticPriority(id, title, teamId, teamName, ownerId, measured.progress(), expectedProgress);
    }

    /** How a priority linked to it names it. */
    CrossLink crossLink() {
        return new CrossLink(id, title, teamName, status);
    }
}
