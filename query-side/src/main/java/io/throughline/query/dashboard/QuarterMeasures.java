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
import java.util.List;
import java.util.Map;

/**
 * The measured progress of a quarter's priorities as the roll-up shows it: the KPIs behind each, read in one query,
 * and the progress expected of every priority of the quarter by today.
 *
 * @param kpis the linked KPIs still on a scorecard, by the priority they measure
 */
record QuarterMeasures(Quarter quarter, LocalDate today, Map<PriorityId, List<Measure>> kpis) {

    BigDecimal expectedProgress() {
        return Expectation.expectedProgress(quarter, today);
    }

    /** Its KPIs, its milestones and the nodes serving it that are not dropped. */
    List<Measure> of(CompanyPriority priority, List<CascadeNode> children) {
        CompanyPriority.Measured measured = priority.measured();
        return Measures.of(kpis.getOrDefault(priority.id(), List.of()), measured.milestonesDone(),
                measured.milestonesTotal(), measured.milestonesWeight(), children.stream()
                        .filter(child -> child.status() != PriorityStatus.DROPPED)
                        .map(child -> Measures.priority(child.id().value(), child.title(), child.progress(),
                                child.weight())).toList());
    }

    boolean optimistic(CompanyPriority priority) {
        return Expectation.optimistic(priority.status(), priority.measured().progress(), expectedProgress());
    }
}
