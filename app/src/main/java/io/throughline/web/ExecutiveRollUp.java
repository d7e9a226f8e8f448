package io.throughline.web;

import io.throughline.kernel.dashboard.CompanyDashboard.CascadeNode;
import io.throughline.kernel.priority.PriorityStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The cascade as a leader reviews it on {@code /}: each branch says whether it is overdue, whether the word on it is
 * stale, whether it is closed (completed or dropped, shown folded away), and whether trouble (at risk or off track)
 * sits in it, which is what the "only at-risk and off-track" filter keeps.
 */
public final class ExecutiveRollUp {

    /** A status report older than this is stale: a fortnight is two missed weekly huddles. */
    static final Duration STALE_AFTER = Duration.ofDays(14);

    /** The order a leader reads the tally in: worst first. */
    private static final List<PriorityStatus> TALLY_ORDER = List.of(PriorityStatus.OFF_TRACK, PriorityStatus.AT_RISK,
            PriorityStatus.NOT_STARTED, PriorityStatus.ON_TRACK, PriorityStatus.COMPLETED, PriorityStatus.DROPPED);
    private static final Set<PriorityStatus> TROUBLE = Set.of(PriorityStatus.AT_RISK, PriorityStatus.OFF_TRACK);

    private ExecutiveRollUp() {
    }

    /**
     * The branches of the company priorities, as of {@code now} on {@code today}; with {@code troubleOnly}, only the
     * branches in which a priority is at risk or off track, and within them only the paths leading to one.
     */
    static List<Branch> of(List<CascadeNode> companyPriorities, Instant now, LocalDate today, boolean troubleOnly) {
        return companyPriorities.stream().map(node -> branchOf(node, now, today))
                .map(branch -> troubleOnly ? branch.troubleOnly() : branch)
                .filter(Objects::nonNull).toList();
    }

    private static Branch branchOf(CascadeNode node, Instant now, LocalDate today) {
        boolean closed = node.status() == PriorityStatus.COMPLETED || node.status() == PriorityStatus.DROPPED;
        Instant lastWord = node.reportedAt() != null ? node.reportedAt() : node.assignedAt();
        return new Branch(node, node.children().stream().map(child -> branchOf(child, now, today)).toList(), closed,
                !closed && node.dueDate() != null && node.dueDate().isBefore(today),
                !closed && lastWord != null && lastWord.isBefore(now.minus(STALE_AFTER)));
    }

    /**
     * @param closed  completed or dropped: folded away
     * @param overdue its due date has passed and it is still open
     * @param stale   still open, and its last status report (or, never reported, its assignment) is older than
     *                {@link #STALE_AFTER}
     */
    public record Branch(CascadeNode node, List<Branch> children, boolean closed, boolean overdue, boolean stale) {

        /** Itself at risk or off track, or something serving it is. */
        public boolean troubled() {
            return TROUBLE.contains(node.status()) || children.stream().anyMatch(Branch::troubled);
        }

        /** The counts of what serves it, worst first; {@code outOf} leaves the dropped out, which no longer count. */
        public List<Tally> tally() {
            int outOf = node.serving().entrySet().stream().filter(e -> e.getKey() != PriorityStatus.DROPPED)
                    .mapToInt(e -> e.getValue()).sum();
            return TALLY_ORDER.stream().filter(node.serving()::containsKey)
                    .map(status -> new Tally(status, node.serving().get(status), outOf)).toList();
        }

        /** The branch pruned to the paths that lead to trouble; null when there is none in it. */
        Branch troubleOnly() {
            if (!troubled()) {
                return null;
            }
            return new Branch(node, children.stream().map(Branch::troubleOnly).filter(Objects::nonNull).toList(),
                    closed, overdue, stale);
        }
    }

    /** "2 of 4 at risk": {@code count} of the {@code outOf} priorities serving a company priority stand at a status. */
    public record Tally(PriorityStatus status, int count, int outOf) {
    }
}
