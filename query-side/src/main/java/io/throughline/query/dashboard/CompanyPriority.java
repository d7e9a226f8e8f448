package io.throughline.query.dashboard;

import io.throughline.kernel.dashboard.CompanyDashboard.CascadeNode;
import io.throughline.kernel.dashboard.CompanyDashboard.FlaggedPriority;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;

import java.util.List;

/** A priority of the quarter with what the roll-up needs to know of its team and its history. */
record CompanyPriority(PriorityView priority, String teamName, int teamLevel, int changeCount) {

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

    CascadeNode node(List<CascadeNode> children) {
        return new CascadeNode(priority.id(), priority.title(), priority.teamId(), teamName, priority.ownerId(),
                priority.status(), priority.dueDate(), priority.orphaned(), children);
    }

    FlaggedPriority flagged() {
        return new FlaggedPriority(priority.id(), priority.title(), priority.teamId(), teamName, priority.ownerId(),
                priority.status(), changeCount);
    }
}
