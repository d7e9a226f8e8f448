package io.throughline.query.progress;

import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricDefinitionChanged;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.MetricRetired;
import io.throughline.kernel.metric.MetricTargetChanged;
import io.throughline.kernel.metric.MetricValueCorrected;
import io.throughline.kernel.priority.MilestoneAdded;
import io.throughline.kernel.priority.MilestoneCompleted;
import io.throughline.kernel.priority.MilestoneRemoved;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityCarriedOver;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityMissed;
import io.throughline.kernel.priority.PriorityRealigned;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.priority.PriorityWeighed;
import io.throughline.kernel.progress.Measure;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Consumer;

/**
 * Measured progress: each KPI's contribution, each priority's progress as the weighted mean of its KPIs, its
 * milestones and the priorities aligned to it, kept as the events come so that no page computes it per priority.
 * A change of a priority's progress or weight moves its parent's, and so on up the cascade; a closed priority keeps
 * the progress it closed with.
 */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables({"kpi_progress_view", "priority_progress_view", "milestone_progress_view"})
class PriorityProgressProjection {

    /** Deeper than any cascade of teams: a guard, should the log ever hold a loop of parents. */
    private static final int MAX_DEPTH = 64;

    private final KpiProgressEntryRepository kpis;
    private final PriorityProgressEntryRepository priorities;
    private final MilestoneProgressEntryRepository milestones;

    PriorityProgressProjection(KpiProgressEntryRepository kpis, PriorityProgressEntryRepository priorities,
                               MilestoneProgressEntryRepository milestones) {
        this.kpis = kpis;
        this.priorities = priorities;
        this.milestones = milestones;
    }

    @EventHandler
    void on(MetricDefined event) {
        kpis.save(new KpiProgressEntry(event));
    }

    @EventHandler
    void on(MetricDefinitionChanged event) {
        kpis.findById(event.metricId().value()).ifPresent(kpi -> {
            String before = kpi.priorityId();
            kpi.changed(event);
            if (before != null && !before.equals(kpi.priorityId())) {
                refresh(before);
            }
            refresh(kpi.priorityId());
        });
    }

    @EventHandler
    void on(MetricTargetChanged event) {
        measure(event.metricId(), kpi -> kpi.targetChanged(event.target()));
    }

    @EventHandler
    void on(MetricRecorded event) {
        measure(event.metricId(), kpi -> kpi.recorded(event.period(), event.value()));
    }

    @EventHandler
    void on(MetricValueCorrected event) {
        measure(event.metricId(), kpi -> kpi.corrected(event.period(), event.value().after()));
    }

    @EventHandler
    void on(MetricRetired event) {
        measure(event.metricId(), KpiProgressEntry::retired);
    }

    @EventHandler
    void on(PriorityAssigned event) {
        priorities.save(new PriorityProgressEntry(event));
    }

    @EventHandler
    void on(PriorityStatusUpdated event) {
        priorities.findById(event.priorityId().value()).ifPresent(priority -> priority.status(event.status()));
    }

    @EventHandler
    void on(PriorityCompleted event) {
        priorities.findById(event.priorityId().value()).ifPresent(priority -> priority.status(event.status()));
    }

    @EventHandler
    void on(PriorityMissed event) {
        priorities.findById(event.priorityId().value()).ifPresent(priority -> priority.status(event.status()));
    }

    @EventHandler
    void on(PriorityCarriedOver event) {
        priorities.findById(event.priorityId().value()).ifPresent(priority -> priority.status(event.status()));
    }

    /** A dropped priority leaves its parent's mean. */
    @EventHandler
    void on(PriorityDropped event) {
        priorities.findById(event.priorityId().value()).ifPresent(priority -> {
            priority.status(event.status());
            refresh(priority.parentPriorityId());
        });
    }

    /** Reopened, it measures again from what it has now, and counts in its parent again if it was dropped. */
    @EventHandler
    void on(PriorityReinstated event) {
        priorities.findById(event.priorityId().value()).ifPresent(priority -> {
            priority.status(event.status());
            refresh(priority.priorityId());
            refresh(priority.parentPriorityId());
        });
    }

    @EventHandler
    void on(PriorityRealigned event) {
        priorities.findById(event.priorityId().value()).ifPresent(priority -> {
            String before = priority.parentPriorityId();
            priority.realigned(event.parentPriorityId().after());
            refresh(before);
            refresh(priority.parentPriorityId());
        });
    }

    @EventHandler
    void on(PriorityWeighed event) {
        priorities.findById(event.priorityId().value()).ifPresent(priority -> {
            priority.weighed(event.weight(), event.milestonesWeight());
            refresh(priority.priorityId());
            refresh(priority.parentPriorityId());
        });
    }

    @EventHandler
    void on(MilestoneAdded event) {
        milestones.save(new MilestoneProgressEntry(event.priorityId().value(), event.milestoneId().value()));
        countMilestones(event.priorityId());
    }

    @EventHandler
    void on(MilestoneCompleted event) {
        milestones.findById(new MilestoneProgressEntry.Key(event.priorityId().value(), event.milestoneId().value()))
                .ifPresent(MilestoneProgressEntry::done);
        countMilestones(event.priorityId());
    }

    @EventHandler
    void on(MilestoneRemoved event) {
        milestones.deleteById(new MilestoneProgressEntry.Key(event.priorityId().value(), event.milestoneId().value()));
        countMilestones(event.priorityId());
    }

    @ResetHandler
    void reset() {
        kpis.deleteAllInBatch();
        priorities.deleteAllInBatch();
        milestones.deleteAllInBatch();
    }

    private void measure(MetricId metricId, Consumer<KpiProgressEntry> change) {
        kpis.findById(metricId.value()).ifPresent(kpi -> {
            change.accept(kpi);
            refresh(kpi.priorityId());
        });
    }

    private void countMilestones(PriorityId priorityId) {
        String id = priorityId.value();
        priorities.findById(id).ifPresent(priority -> {
            priority.milestones((int) milestones.countByPriorityIdAndDoneTrue(id), (int) milestones.countByPriorityId(id));
            refresh(id);
        });
    }

    /** Measures the priority again and, while its progress moves, each priority above it. */
    private void refresh(String priorityId) {
        String next = priorityId;
        for (int depth = 0; next != null && depth < MAX_DEPTH; depth++) {
            PriorityProgressEntry priority = priorities.findById(next).orElse(null);
            if (priority == null || priority.closed() || !priority.measured(WeightedMean.of(measuresOf(priority)))) {
                return;
            }
            next = priority.parentPriorityId();
        }
    }

    private List<Measure> measuresOf(PriorityProgressEntry priority) {
        List<Measure> linked = kpis.findByPriorityId(priority.priorityId()).stream().filter(KpiProgressEntry::counts)
                .map(KpiProgressEntry::toMeasure).toList();
        List<Measure> children = priorities.findByParentPriorityId(priority.priorityId()).stream()
                .filter(PriorityProgressEntry::counts)
                .map(child -> Measures.priority(child.priorityId(), null, child.progress(), child.weight())).toList();
        return priority.measures(linked, children);
    }
}
