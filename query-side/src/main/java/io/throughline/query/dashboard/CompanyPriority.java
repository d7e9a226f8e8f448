package io.throughline.query.dashboard;

import io.throughline.kernel.dashboard.CompanyDashboard.CascadeNode;
import io.throughline.kernel.dashboard.CompanyDashboard.CrossLink;
import io.throughline.kernel.dashboard.CompanyDashboard.FlaggedPriority;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A priority of the quarter with what the roll-up needs to know of its team and its history. */
record CompanyPriority(PriorityView priority, String teamName, int teamLevel, int changeCount, Instant assignedAt,
                       Instant reportedAt) {

    boolean heldByRootTeam() {
        return teamLevel == 0;
    }

    boolean dropped() {
        return priority.status() == PriorityStatus.DROPPED;
    }

    /** Serves a parent priority that still stands. */
    boolean aligned() {
        return priority.parentPriorityId() != null && !priority.orphaned();
    }

    /**
     * Its node over the nodes of the priorities serving it, counting their statuses at any depth, with the priorities
     * it contributes to beside the cascade.
     */
    CascadeNode node(List<CascadeNode> children, List<CrossLink> contributesTo) {
        Map<PriorityStatus, Integer> serving = new EnumMap<>(PriorityStatus.class);
        for (CascadeNode child : children) {
            serving.merge(child.status(), 1, Integer::sum);
            child.serving().forEach((status, count) -> serving.merge(status, count, Integer::sum));
        }
        return new CascadeNode(priority.id(), priority.title(), priority.teamId(), teamName, priority.ownerId(),
                priority.status(), priority.dueDate(), priority.orphaned(), assignedAt, reportedAt, serving, children,
                contributesTo);
    }

    FlaggedPriority flagged(CrossLink droppedParent, List<CrossLink> droppedContributions) {
        return new FlaggedPriority(priority.id(), priority.title(), priority.teamId(), teamName, priority.ownerId(),
                priority.status(), changeCount, droppedParent, droppedContributions);
    }

    /** How a priority linked to it names it. */
    CrossLink crossLink() {
        return new CrossLink(priority.id(), priority.title(), teamName, priority.status());
    }
}
