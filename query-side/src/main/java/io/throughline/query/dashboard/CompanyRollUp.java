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
import io.throughline.kernel.priority.PriorityStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The company dashboard computed from the priorities of a quarter already read: no database, so tested on its own.
 * A quarter of a hundred teams has thousands of priorities, nearly all of them leaves of the cascade, so the tree is
 * drawn from arrays indexed like the list (who serves whom, the statuses counted below each) in one pass over it, and
 * a leaf shares the empty lists and counts instead of building its own: the roll-up is read often, and what it
 * allocates per priority is what made its slowest answers meet a collection.
 */
final class CompanyRollUp {

    private static final PriorityStatus[] STATUSES = PriorityStatus.values();
    private static final Comparator<CompanyPriority> MOST_CHANGED_FIRST =
            Comparator.comparingInt(CompanyPriority::changeCount).reversed();
    private static final Comparator<CompanyPriority> FURTHEST_BEHIND_FIRST =
            Comparator.comparing(priority -> priority.measured().progress());
    private static final int NONE = -1;

    private final List<CompanyPriority> priorities;
    private final QuarterLinks links;
    private final QuarterMeasures measures;
    /** Index of each priority's first child and next sibling in the list, or {@link #NONE}: children in list order. */
    private final int[] firstChild;
    private final int[] nextSibling;
    /** For the priority at index i, how many serving it at any depth stand at each status, from i × STATUSES. */
    private final int[] serving;

    private CompanyRollUp(List<CompanyPriority> priorities, Map<PriorityId, Integer> indexOf, QuarterLinks links,
                          QuarterMeasures measures) {
        this.priorities = priorities;
        this.links = links;
        this.measures = measures;
        int count = priorities.size();
        firstChild = new int[count];
        nextSibling = new int[count];
        serving = new int[count * STATUSES.length];
        int[] lastChild = new int[count];
        Arrays.fill(firstChild, NONE);
        Arrays.fill(nextSibling, NONE);
        for (int i = 0; i < count; i++) {
            PriorityId parentId = priorities.get(i).parentPriorityId();
            Integer parent = parentId == null ? null : indexOf.get(parentId);
            if (parent != null) {
                if (firstChild[parent] == NONE) {
                    firstChild[parent] = i;
                } else {
                    nextSibling[lastChild[parent]] = i;
                }
                lastChild[parent] = i;
            }
        }
    }

    /**
     * @param priorities    every priority of the quarter, in the order they should be listed
     * @param contributions the lateral links made by priorities of the quarter, oldest first
     * @param executives    the leads and members of the root teams
     * @param measures      the KPIs behind the priorities' progress, and today
     */
    static CompanyDashboard of(Quarter quarter, List<CompanyPriority> priorities, List<Contribution> contributions,
                               Set<PersonId> executives, QuarterMeasures measures) {
        Map<PriorityId, Integer> indexOf = new HashMap<>(priorities.size() * 4 / 3 + 1);
        for (int i = 0; i < priorities.size(); i++) {
            indexOf.put(priorities.get(i).id(), i);
        }
        QuarterLinks links = new QuarterLinks(priorities, indexOf, contributions);
        CompanyRollUp rollUp = new CompanyRollUp(priorities, indexOf, links, measures);
        List<CascadeNode> cascade = new ArrayList<>();
        int inThePlan = 0;
        int ownedBelowExecutives = 0;
        int teamPriorities = 0;
        int aligned = 0;
        List<FlaggedPriority> orphaned = new ArrayList<>();
        List<CompanyPriority> churn = new ArrayList<>();
        List<CompanyPriority> optimistic = new ArrayList<>();
        for (int i = 0; i < priorities.size(); i++) {
            CompanyPriority priority = priorities.get(i);
            if (priority.heldByRootTeam()) {
                cascade.add(rollUp.nodeOf(i));
            }
            if (priority.changeCount() > CompanyDashboard.CHURN_ABOVE) {
                churn.add(priority);
            }
            if (priority.dropped()) {
                continue;
            }
            inThePlan++;
            if (!executives.contains(priority.ownerId())) {
                ownedBelowExecutives++;
            }
            if (!priority.heldByRootTeam()) {
                teamPriorities++;
                if (priority.aligned()) {
                    aligned++;
                }
            }
            if (links.orphaned(priority)) {
                orphaned.add(links.flagged(priority));
            }
            if (measures.optimistic(priority)) {
                optimistic.add(priority);
            }
        }
        churn.sort(MOST_CHANGED_FIRST);
        optimistic.sort(FURTHEST_BEHIND_FIRST);
        return new CompanyDashboard(quarter, Collections.unmodifiableList(cascade),
                Share.of(ownedBelowExecutives, inThePlan), Share.of(aligned, teamPriorities),
                Collections.unmodifiableList(orphaned), churn.stream().map(links::flagged).toList(),
                optimistic.stream().map(priority -> priority.optimistic(measures.expectedProgress())).toList(),
                null, null);
    }

    /** The node of the priority at index i, over the nodes of what serves it, their statuses counted at any depth. */
    private CascadeNode nodeOf(int i) {
        CompanyPriority priority = priorities.get(i);
        if (firstChild[i] == NONE) {
            return priority.node(List.of(), Collections.emptyMap(), links.contributesTo(priority), measures);
        }
        List<CascadeNode> children = new ArrayList<>();
        int counts = i * STATUSES.length;
        for (int child = firstChild[i]; child != NONE; child = nextSibling[child]) {
            CascadeNode node = nodeOf(child);
            children.add(node);
            serving[counts + node.status().ordinal()]++;
            int childCounts = child * STATUSES.length;
            for (int status = 0; status < STATUSES.length; status++) {
                serving[counts + status] += serving[childCounts + status];
            }
        }
        Map<PriorityStatus, Integer> statuses = new EnumMap<>(PriorityStatus.class);
        for (int status = 0; status < STATUSES.length; status++) {
            if (serving[counts + status] > 0) {
                statuses.put(STATUSES[status], serving[counts + status]);
            }
        }
        return priority.node(Collections.unmodifiableList(children), statuses, links.contributesTo(priority),
                measures);
    }
}
