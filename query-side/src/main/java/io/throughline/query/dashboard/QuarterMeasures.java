package io.throughline.query.dashboard;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.dashboard.CompanyDashboard.CascadeNode;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.progress.Expectation;
import io.throughline.kernel.progress.Measure;
import io.throughline.query.progress.Measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The measured progress of a quarter's priorities as the roll-up shows it: the KPIs behind each, read in one query,
 * and the progress expected of every priority of the quarter by today. The expected progress is the same for all of
 * them, so it is computed once: the roll-up asks for it two or three times for each of thousands of nodes.
 */
final class QuarterMeasures {

    private final Map<PriorityId, List<Measure>> kpis;
    private final BigDecimal expectedProgress;

    /** @param kpis the linked KPIs still on a scorecard, by the priority they measure */
    QuarterMeasures(Quarter quarter, LocalDate today, Map<PriorityId, List<Measure>> kpis) {
        this.kpis = kpis;
        this.expectedProgress = Expectation.expectedProgress(quarter, today);
    }

    BigDecimal expectedProgress() {
        return expectedProgress;
    }

    /**
     * Its KPIs, its milestones and the nodes serving it that are not dropped. Most priorities of a roll-up are leaves
     * measured by none of these: they share one empty list.
     */
    List<Measure> of(CompanyPriority priority, List<CascadeNode> children) {
        CompanyPriority.Measured measured = priority.measured();
        List<Measure> linked = kpis.getOrDefault(priority.id(), List.of());
        if (children.isEmpty() && linked.isEmpty() && measured.milestonesTotal() == 0) {
            return List.of();
        }
        List<Measure> serving = new ArrayList<>(children.size());
        for (CascadeNode child : children) {
            if (child.status() != PriorityStatus.DROPPED) {
                serving.add(Measures.priority(child.id().value(), child.title(), child.progress(), child.weight()));
            }
        }
        return Measures.of(linked, measured.milestonesDone(), measured.milestonesTotal(), measured.milestonesWeight(),
                serving);
    }

    boolean optimistic(CompanyPriority priority) {
        return Expectation.optimistic(priority.status(), priority.measured().progress(), expectedProgress);
    }
}
