package io.throughline.query.dashboard;

import io.throughline.kernel.dashboard.CompanyDashboard.CrossLink;
import io.throughline.kernel.dashboard.CompanyDashboard.FlaggedPriority;
import io.throughline.kernel.priority.Contributions.Contribution;
import io.throughline.kernel.priority.PriorityId;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What links the priorities of a quarter besides the cascade (lateral alignment), as the roll-up shows it: the
 * cross-links of each priority, and why a priority is orphaned — its parent dropped, or a priority it contributes to.
 */
final class QuarterLinks {

    private final List<CompanyPriority> priorities;
    private final Map<PriorityId, Integer> indexOf;
    private final Map<PriorityId, List<Contribution>> byContributor;

    /**
     * @param indexOf       where each priority stands in {@code priorities}
     * @param contributions the links made by priorities of the quarter, oldest first
     */
    QuarterLinks(List<CompanyPriority> priorities, Map<PriorityId, Integer> indexOf, List<Contribution> contributions) {
        this.priorities = priorities;
        this.indexOf = indexOf;
        byContributor = contributions.stream().collect(Collectors.groupingBy(Contribution::priorityId));
    }

    /** The priorities it contributes to, oldest link first. */
    List<CrossLink> contributesTo(CompanyPriority priority) {
        List<Contribution> links = linksOf(priority);
        if (links.isEmpty()) {
            return List.of(); // most priorities: no stream built for each of the quarter's thousands
        }
        return links.stream().map(link -> crossLinkTo(link.targetPriorityId())).filter(Objects::nonNull).toList();
    }

    /** Its parent is dropped, or a priority it contributes to is: it needs realigning, unlinking or dropping. */
    boolean orphaned(CompanyPriority priority) {
        if (priority.orphaned()) {
            return true;
        }
        if (!byContributor.containsKey(priority.id())) {
            return false; // most priorities: no iterator for each of the quarter's thousands
        }
        for (Contribution link : linksOf(priority)) {
            if (link.targetDropped()) {
                return true;
            }
        }
        return false;
    }

    /** The priority as a measure lists it, with the dropped priorities that orphan it. */
    FlaggedPriority flagged(CompanyPriority priority) {
        CrossLink droppedParent = priority.orphaned() ? crossLinkTo(priority.parentPriorityId()) : null;
        return priority.flagged(droppedParent, linksOf(priority).stream().filter(Contribution::targetDropped)
                .map(link -> crossLinkTo(link.targetPriorityId())).filter(Objects::nonNull).toList());
    }

    private List<Contribution> linksOf(CompanyPriority priority) {
        return byContributor.getOrDefault(priority.id(), List.of());
    }

    /** Null for a priority outside the quarter: the command side links only within one, so only a lagging view has it. */
    private CrossLink crossLinkTo(PriorityId id) {
        Integer linked = id == null ? null : indexOf.get(id);
        return linked == null ? null : priorities.get(linked).crossLink();
    }
}
