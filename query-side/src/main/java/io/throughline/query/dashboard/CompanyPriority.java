package io.throughline.query.dashboard;

import io.throughline.kernel.dashboard.CompanyDashboard.CascadeNode;
import io.throughline.kernel.dashboard.CompanyDashboard.CrossLink;
import io.throughline.kernel.dashboard.CompanyDashboard.FlaggedPriority;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.team.TeamId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A priority of the quarter with what the roll-up needs to know of it, its team and its history. */
record CompanyPriority(PriorityId id, String title, TeamId teamId, String teamName, int teamLevel, PersonId ownerId,
                       PriorityStatus status, LocalDate dueDate, PriorityId parentPriorityId, boolean orphaned,
                       int changeCount, Instant assignedAt, Instant reportedAt) {

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
     * Its node over the nodes of the priorities serving it, counting their statuses at any depth, with the priorities
     * it contributes to beside the cascade.
     */
    CascadeNode node(List<CascadeNode> children, List<CrossLink> contributesTo) {
        Map<PriorityStatus, Integer> serving = new EnumMap<>(PriorityStatus.class);
        for (CascadeNode child : children) {
            serving.merge(child.status(), 1, Integer::sum);
            child.serving().forEach((childStatus, count) -> serving.merge(childStatus, count, Integer::sum));
        }
        return new CascadeNode(id, title, teamId, teamName, ownerId, status, dueDate, orphaned, assignedAt, reportedAt,
                serving, children, contributesTo);
    }

    FlaggedPriority flagged(CrossLink droppedParent, List<CrossLink> droppedContributions) {
        return new FlaggedPriority(id, title, teamId, teamName, ownerId, status, changeCount, droppedParent,
                droppedContributions);
    }

    /** How a priority linked to it names it. */
    CrossLink crossLink() {
        return new CrossLink(id, title, teamName, status);
    }
}
