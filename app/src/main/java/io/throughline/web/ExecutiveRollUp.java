package io.throughline.web;

import io.throughline.kernel.dashboard.CompanyDashboard.CascadeNode;
import io.throughline.kernel.priority.PriorityStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The cascade as a leader reviews it on {@code /}: each branch says whether it is overdue, whether the word on it is
 * stale, whether it is closed (completed or dropped, shown folded away), and whether trouble (at risk or off track)
 * sits in it, which is what the "only at-risk and off-track" filter keeps. Under each branch what needs attention comes
 * first (trouble, overdue, stale, then the rest open, then the closed), and past {@link #SHOWN_BELOW} the rest is
 * counted rather than drawn: a company of a hundred teams has some hundred priorities under each of its own, which no
 * one reads on one page (and which took seconds to render). The tally still counts them all.
 */
public final class ExecutiveRollUp {

    /** A status report older than this is stale: a fortnight is two missed weekly huddles. */
    static final Duration STALE_AFTER = Duration.ofDays(14);

    /** The order a leader reads the tally in: worst first. */
    private static final List<PriorityStatus> TALLY_ORDER = List.of(PriorityStatus.OFF_TRACK, PriorityStatus.AT_RISK,
            PriorityStatus.NOT_STARTED, PriorityStatus.ON_TRACK, PriorityStatus.MISSED, PriorityStatus.COMPLETED,
            PriorityStatus.CARRIED_OVER, PriorityStatus.DROPPED);
    private static final Set<PriorityStatus> TROUBLE = Set.of(PriorityStatus.AT_RISK, PriorityStatus.OFF_TRACK);
    /**
     * Branches drawn under a branch, unless the whole of one company priority is asked for: the five that need
     * attention most, which a leader reads at a glance (twelve made the page of a hundred teams long to read and to
     * render: 325 priorities drawn and 450 KB, against 150 and 270 KB).
     */
    static final int SHOWN_BELOW = 5;
    private static final Comparator<Branch> NEEDS_ATTENTION_FIRST = Comparator.comparingInt(Branch::attentionRank);

    private ExecutiveRollUp() {
    }

    /**
     * The branches of the company priorities, as of {@code now} on {@code today}; with {@code troubleOnly}, only the
     * branches in which a priority is at risk or off track, and within them only the paths leading to one.
     */
    static List<Branch> of(List<CascadeNode> companyPriorities, Instant now, LocalDate today, boolean troubleOnly) {
        return of(companyPriorities, now, today, troubleOnly, SHOWN_BELOW);
    }

    /** As {@link #of(List, Instant, LocalDate, boolean)}, drawing up to {@code shownBelow} branches under each. */
    static List<Branch> of(List<CascadeNode> companyPriorities, Instant now, LocalDate today, boolean troubleOnly,
                           int shownBelow) {
        return companyPriorities.stream().map(node -> branchOf(node, now, today))
                .map(branch -> troubleOnly ? branch.troubleOnly() : branch)
                .filter(Objects::nonNull).map(branch -> branch.shown(shownBelow)).toList();
    }

    private static Branch branchOf(CascadeNode node, Instant now, LocalDate today) {
        boolean closed = node.status().isClosed();
        Instant lastWord = node.reportedAt() != null ? node.reportedAt() : node.assignedAt();
        return new Branch(node, node.children().stream().map(child -> branchOf(child, now, today)).toList(), 0, closed,
                !closed && node.dueDate() != null && node.dueDate().isBefore(today),
                !closed && lastWord != null && lastWord.isBefore(now.minus(STALE_AFTER)));
    }

    /**
     * @param children what serves it, as drawn: what needs attention first
     * @param hidden   how many more serve it than are drawn
     * @param closed   completed or dropped: folded away
     * @param overdue  its due date has passed and it is still open
     * @param stale    still open, and its last status report (or, never reported, its assignment) is older than
     *                 {@link #STALE_AFTER}
     */
    public record Branch(CascadeNode node, List<Branch> children, int hidden, boolean closed, boolean overdue,
                         boolean stale) {

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
                    hidden, closed, overdue, stale);
        }

        /** The branch with what needs attention first under each node, and no more than {@code limit} drawn. */
        Branch shown(int limit) {
            List<Branch> ordered = children.stream().sorted(NEEDS_ATTENTION_FIRST).toList();
            return new Branch(node, ordered.stream().limit(limit).map(child -> child.shown(limit)).toList(),
                    hidden + Math.max(0, ordered.size() - limit), closed, overdue, stale);
        }

        private int attentionRank() {
            if (troubled()) {
                return 0;
            }
            if (overdue || stale) {
                return 1;
            }
            return closed ? 3 : 2;
        }
    }

    /** "2 of 4 at risk": {@code count} of the {@code outOf} priorities serving a company priority stand at a status. */
    public record Tally(PriorityStatus status, int count, int outOf) {
    }
}
