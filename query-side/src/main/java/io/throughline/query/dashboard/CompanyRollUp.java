package io.throughline.query.dashboard;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.dashboard.CompanyDashboard;
import io.throughline.kernel.dashboard.CompanyDashboard.CascadeNode;
import io.throughline.kernel.dashboard.CompanyDashboard.FlaggedPriority;
import io.throughline.kernel.dashboard.CompanyDashboard.OptimisticPriority;
import io.throughline.kernel.dashboard.CompanyDashboard.Share;
import io.throughline.kernel.priority.Contributions.Contribution;
import io.throughline.kernel.priority.PriorityId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The company dashboard computed from the priorities of a quarter already read: no database, so tested on its own. */
final class CompanyRollUp {

    private CompanyRollUp() {
    }

    /**
     * @param priorities    every priority of the quarter, in the order they should be listed
     * @param contributions the lateral links made by priorities of the quarter, oldest first
     * @param executives    the leads and members of the root teams
     * @param measures      the KPIs behind the priorities' progress, and today
     */
    static CompanyDashboard of(Quarter quarter, List<CompanyPriority> priorities, List<Contribution> contributions,
                               Set<PersonId> executives, QuarterMeasures measures) {
        Map<PriorityId, List<CompanyPriority>> childrenByParent = priorities.stream()
                .filter(priority -> priority.parentPriorityId() != null)
                .collect(Collectors.groupingBy(CompanyPriority::parentPriorityId));
        QuarterLinks links = new QuarterLinks(priorities, contributions);
        List<CascadeNode> cascade = priorities.stream().filter(CompanyPriority::heldByRootTeam)
                .map(root -> nodeOf(root, childrenByParent, links, measures)).toList();

        List<CompanyPriority> inThePlan = priorities.stream().filter(priority -> !priority.dropped()).toList();
        List<CompanyPriority> teamPriorities = inThePlan.stream().filter(priority -> !priority.heldByRootTeam()).toList();
        List<FlaggedPriority> churn = priorities.stream()
                .filter(priority -> priority.changeCount() > CompanyDashboard.CHURN_ABOVE)
                .sorted(Comparator.comparingInt(CompanyPriority::changeCount).reversed())
                .map(links::flagged).toList();
        List<OptimisticPriority> optimistic = inThePlan.stream().filter(measures::optimistic)
                .sorted(Comparator.comparing(priority -> priority.measured().progress()))
                .map(priority -> priority.optimistic(measures.expectedProgress())).toList();
        return new CompanyDashboard(quarter, cascade,
                shareOf(inThePlan, priority -> !executives.contains(priority.ownerId())),
                shareOf(teamPriorities, CompanyPriority::aligned),
                inThePlan.stream().filter(links::orphaned).map(links::flagged).toList(),
                churn, optimistic, null, null);
    }

    private static CascadeNode nodeOf(CompanyPriority priority, Map<PriorityId, List<CompanyPriority>> childrenByParent,
                                      QuarterLinks links, QuarterMeasures measures) {
        List<CompanyPriority> serving = childrenByParent.getOrDefault(priority.id(), List.of());
        List<CascadeNode> children = new ArrayList<>(serving.size());
        for (CompanyPriority child : serving) {
            children.add(nodeOf(child, childrenByParent, links, measures));
        }
        return priority.node(Collections.unmodifiableList(children), links.contributesTo(priority), measures);
    }

    private static Share shareOf(List<CompanyPriority> priorities, Predicate<CompanyPriority> counted) {
        return Share.of((int) priorities.stream().filter(counted).count(), priorities.size());
    }
}
