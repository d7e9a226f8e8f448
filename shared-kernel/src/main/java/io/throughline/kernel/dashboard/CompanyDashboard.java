package io.throughline.kernel.dashboard;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.progress.Measure;
import io.throughline.kernel.team.TeamId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The company roll-up of a quarter: each company priority (held by a root team) with the priorities aligned to it,
 * nested, and the measures of how well the plan cascades. Dropped priorities stay in the tree with their status but
 * count in neither share: they are no longer part of the plan.
 *
 * @param ownedBelowExecutives of the priorities not dropped, those owned by someone who is neither lead nor member of a
 *                             root team
 * @param alignment            of the team priorities (of teams below the root) not dropped, those that serve a parent
 *                             priority which is not dropped
 * @param orphaned             priorities not dropped whose parent has been dropped, or a priority they contribute to
 *                             (lateral alignment): they need realigning, unlinking or dropping
 * @param churn                priorities changed, reassigned or realigned more than {@value #CHURN_ABOVE} times
 * @param optimistic           priorities reported on track while their measured progress is more than
 *                             {@value io.throughline.kernel.progress.Expectation#OPTIMISTIC_BEHIND_BY} points behind
 *                             the progress expected by today, furthest behind first
 * @param asOf                 the instant the roll-up stood as it is told here; null for the live roll-up
 * @param finalSnapshot        for the quarter's final roll-up only: when each team's quarter ended, and what has been
 *                             corrected since; null otherwise
 */
public record CompanyDashboard(Quarter quarter,
                               List<CascadeNode> priorities,
                               Share ownedBelowExecutives,
                               Share alignment,
                               List<FlaggedPriority> orphaned,
                               List<FlaggedPriority> churn,
                               List<OptimisticPriority> optimistic,
                               Instant asOf,
                               FinalSnapshot finalSnapshot) {

    public static final int CHURN_ABOVE = 2;

    /** The same roll-up, told as it stood at the instant. */
    public CompanyDashboard asOf(Instant instant) {
        return new CompanyDashboard(quarter, priorities, ownedBelowExecutives, alignment, orphaned, churn, optimistic,
                instant, finalSnapshot);
    }

    /** The same roll-up, told as the quarter's final one. */
    public CompanyDashboard asFinal(FinalSnapshot snapshot) {
        return new CompanyDashboard(quarter, priorities, ownedBelowExecutives, alignment, orphaned, churn, optimistic,
                asOf, snapshot);
    }

    /**
     * How a quarter ended: each team's priorities are taken as they stood when that team closed the quarter (the first
     * time, with the outcomes it gave), or at the end of the quarter's last day (UTC) for a team that never closed it.
     *
     * @param cutOffs     for each team holding priorities in the quarter, the instant its part was taken
     * @param differences what is told differently now than in the snapshot: corrections made later, never folded in
     */
    public record FinalSnapshot(List<CutOff> cutOffs, List<Difference> differences) {
    }

    /** @param closed true when the team closed the quarter at {@code at}; false when the quarter simply ended */
    public record CutOff(TeamId teamId, String teamName, Instant at, boolean closed) {
    }

    /**
     * One thing of one priority told differently now than in the final roll-up.
     *
     * @param field       {@code status}, {@code title}, {@code ownerId}, {@code dueDate}, {@code parentPriorityId}, or
     *                    {@code priority} when the priority is in only one of them
     * @param inSnapshot  the value in the final roll-up, as text; null when absent there
     * @param now         the value now, as text; null when absent now
     */
    public record Difference(PriorityId priorityId, String title, String teamName, String field, String inSnapshot,
                             String now) {
    }

    /**
     * A priority of the cascade and, nested, the priorities that serve it.
     *
     * @param assignedAt when it was assigned
     * @param reportedAt when its owner last reported a status; null before the first report
     * @param serving    how many of the priorities serving it, at any depth below, stand at each status; statuses
     *                   none stands at are left out
     * @param contributesTo the priorities of other teams it also contributes to, oldest link first: cross-links beside
     *                   the cascade, never a second parent
     * @param progress   its measured progress, 0 to 100 (%); null when it has no measures
     * @param expectedProgress the progress expected by today, linear through the quarter
     * @param weight     its weight in its parent's progress
     * @param optimistic reported on track while far behind the expected progress
     * @param measures   what its progress is the weighted mean of: its KPIs, its milestones, the priorities serving it
     */
    public record CascadeNode(PriorityId id,
                              String title,
                              TeamId teamId,
                              String teamName,
                              PersonId ownerId,
                              PriorityStatus status,
                              LocalDate dueDate,
                              boolean orphaned,
                              Instant assignedAt,
                              Instant reportedAt,
                              Map<PriorityStatus, Integer> serving,
                              List<CascadeNode> children,
                              List<CrossLink> contributesTo,
                              BigDecimal progress,
                              BigDecimal expectedProgress,
                              BigDecimal weight,
                              boolean optimistic,
                              List<Measure> measures) {
    }

    /** A priority whose owner reports it on track while its measured progress lags far behind the expected. */
    public record OptimisticPriority(PriorityId id,
                                     String title,
                                     TeamId teamId,
                                     String teamName,
                                     PersonId ownerId,
                                     BigDecimal progress,
                                     BigDecimal expectedProgress) {
    }

    /** A priority seen from another that is linked to it: enough to name and link it. */
    public record CrossLink(PriorityId id, String title, String teamName, PriorityStatus status) {
    }

    /**
     * {@code count} out of {@code outOf}, and their ratio from 0 to 1 rounded to four places; the ratio is null when
     * there is nothing to measure ({@code outOf} 0), so that "no priorities yet" never reads as "none aligned".
     */
    public record Share(int count, int outOf, BigDecimal value) {

        public static Share of(int count, int outOf) {
            if (count < 0 || count > outOf) {
                throw new IllegalArgumentException("a share is 0 to " + outOf + " out of " + outOf + ", not " + count);
            }
            return new Share(count, outOf, outOf == 0 ? null
                    : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(outOf), 4, RoundingMode.HALF_UP));
        }
    }

    /**
     * A priority a measure points at; {@code changeCount} counts its changes, reassignments and realignments.
     *
     * @param droppedParent         the parent it serves, when that is dropped: why it is orphaned; else null
     * @param droppedContributions  the priorities it contributes to that are dropped: why it is orphaned beside (or
     *                              instead of) its parent
     */
    public record FlaggedPriority(PriorityId id,
                                  String title,
                                  TeamId teamId,
                                  String teamName,
                                  PersonId ownerId,
                                  PriorityStatus status,
                                  int changeCount,
                                  CrossLink droppedParent,
                                  List<CrossLink> droppedContributions) {
    }
}
