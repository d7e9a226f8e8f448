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
import io.throughline.query.BatchBuffer;
import io.throughline.query.BatchLoad;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Measured progress: each KPI's contribution, each priority's progress as the weighted mean of its KPIs, its
 * milestones and the priorities aligned to it, kept as the events come so that no page computes it per priority.
 * A change of a priority's progress or weight moves its parent's, and so on up the cascade; a closed priority keeps
 * the progress it closed with. Each new reading of a priority or a KPI is also kept as a version from the instant of
 * the event that made it, so that a dashboard as of any instant shows the progress computed then.
 */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables({"kpi_progress_view", "priority_progress_view", "milestone_progress_view", "kpi_progress_version",
        "priority_progress_version"})
class PriorityProgressProjection {

    /** Deeper than any cascade of teams: a guard, should the log ever hold a loop of parents. */
    private static final int MAX_DEPTH = 64;
    private static final String NEW_VERSIONS = PriorityProgressProjection.class.getName() + ".newVersions";
    private static final String PRIORITIES_LOADED = PriorityProgressProjection.class.getName() + ".prioritiesLoaded";
    private static final String KPIS_LOADED = PriorityProgressProjection.class.getName() + ".kpisLoaded";

    private final KpiProgressEntryRepository kpis;
    private final PriorityProgressEntryRepository priorities;
    private final MilestoneProgressEntryRepository milestones;
    private final ProgressVersionRows versions;

    PriorityProgressProjection(KpiProgressEntryRepository kpis, PriorityProgressEntryRepository priorities,
                               MilestoneProgressEntryRepository milestones, ProgressVersionRows versions) {
        this.kpis = kpis;
        this.priorities = priorities;
        this.milestones = milestones;
        this.versions = versions;
    }

    @EventHandler
    void on(MetricDefined event, @Timestamp Instant at) {
        KpiProgressEntry kpi = kpis.save(new KpiProgressEntry(event));
        newVersions().add(kpi.newVersion(at));
    }

    @EventHandler
    void on(MetricDefinitionChanged event, @Timestamp Instant at) {
        kpi(event.metricId().value()).ifPresent(kpi -> {
            String before = kpi.priorityId();
            versioned(kpi, entry -> entry.changed(event), at);
            if (before != null && !before.equals(kpi.priorityId())) {
                refresh(before, at);
            }
            refresh(kpi.priorityId(), at);
        });
    }

    @EventHandler
    void on(MetricTargetChanged event, @Timestamp Instant at) {
        measure(event.metricId(), kpi -> kpi.targetChanged(event.target()), at);
    }

    @EventHandler
    void on(MetricRecorded event, @Timestamp Instant at) {
        measure(event.metricId(), kpi -> kpi.recorded(event.period(), event.value()), at);
    }

    @EventHandler
    void on(MetricValueCorrected event, @Timestamp Instant at) {
        measure(event.metricId(), kpi -> kpi.corrected(event.period(), event.value().after()), at);
    }

    @EventHandler
    void on(MetricRetired event, @Timestamp Instant at) {
        measure(event.metricId(), KpiProgressEntry::retired, at);
    }

    @EventHandler
    void on(PriorityAssigned event, @Timestamp Instant at) {
        PriorityProgressEntry priority = priorities.save(new PriorityProgressEntry(event));
        newVersions().add(priority.newVersion(at));
    }

    @EventHandler
    void on(PriorityStatusUpdated event) {
        priority(event.priorityId().value()).ifPresent(priority -> priority.status(event.status()));
    }

    @EventHandler
    void on(PriorityCompleted event) {
        priority(event.priorityId().value()).ifPresent(priority -> priority.status(event.status()));
    }

    @EventHandler
    void on(PriorityMissed event) {
        priority(event.priorityId().value()).ifPresent(priority -> priority.status(event.status()));
    }

    @EventHandler
    void on(PriorityCarriedOver event) {
        priority(event.priorityId().value()).ifPresent(priority -> priority.status(event.status()));
    }

    /** A dropped priority leaves its parent's mean. */
    @EventHandler
    void on(PriorityDropped event, @Timestamp Instant at) {
        priority(event.priorityId().value()).ifPresent(priority -> {
            priority.status(event.status());
            refresh(priority.parentPriorityId(), at);
        });
    }

    /** Reopened, it measures again from what it has now, and counts in its parent again if it was dropped. */
    @EventHandler
    void on(PriorityReinstated event, @Timestamp Instant at) {
        priority(event.priorityId().value()).ifPresent(priority -> {
            priority.status(event.status());
            refresh(priority.priorityId(), at);
            refresh(priority.parentPriorityId(), at);
        });
    }

    @EventHandler
    void on(PriorityRealigned event, @Timestamp Instant at) {
        priority(event.priorityId().value()).ifPresent(priority -> {
            String before = priority.parentPriorityId();
            priority.realigned(event.parentPriorityId().after());
            refresh(before, at);
            refresh(priority.parentPriorityId(), at);
        });
    }

    @EventHandler
    void on(PriorityWeighed event, @Timestamp Instant at) {
        priority(event.priorityId().value()).ifPresent(priority -> {
            PriorityProgressEntry.Reading before = priority.reading();
            priority.weighed(event.weight(), event.milestonesWeight());
            remeasure(priority, before, at);
            refresh(priority.parentPriorityId(), at);
        });
    }

    @EventHandler
    void on(MilestoneAdded event, @Timestamp Instant at) {
        milestones.save(new MilestoneProgressEntry(event.priorityId().value(), event.milestoneId().value()));
        countMilestones(event.priorityId(), at);
    }

    @EventHandler
    void on(MilestoneCompleted event, @Timestamp Instant at) {
        milestones.findById(new MilestoneProgressEntry.Key(event.priorityId().value(), event.milestoneId().value()))
                .ifPresent(MilestoneProgressEntry::done);
        countMilestones(event.priorityId(), at);
    }

    @EventHandler
    void on(MilestoneRemoved event, @Timestamp Instant at) {
        milestones.deleteById(new MilestoneProgressEntry.Key(event.priorityId().value(), event.milestoneId().value()));
        countMilestones(event.priorityId(), at);
    }

    @ResetHandler
    void reset() {
        kpis.deleteAllInBatch();
        priorities.deleteAllInBatch();
        milestones.deleteAllInBatch();
        versions.deleteAll();
    }

    private void measure(MetricId metricId, Consumer<KpiProgressEntry> change, Instant at) {
        kpi(metricId.value()).ifPresent(kpi -> {
            versioned(kpi, change, at);
            refresh(kpi.priorityId(), at);
        });
    }

    /** Changes the KPI and, when that changed what a dashboard reads of it, keeps its new reading as a version. */
    private void versioned(KpiProgressEntry kpi, Consumer<KpiProgressEntry> change, Instant at) {
        KpiProgressEntry.Reading before = kpi.reading();
        change.accept(kpi);
        if (!kpi.reading().equals(before)) {
            newVersions().add(kpi.newVersion(at));
        }
    }

    private void countMilestones(PriorityId priorityId, Instant at) {
        String id = priorityId.value();
        priority(id).ifPresent(priority -> {
            PriorityProgressEntry.Reading before = priority.reading();
            priority.milestones((int) milestones.countByPriorityIdAndDoneTrue(id), (int) milestones.countByPriorityId(id));
            remeasure(priority, before, at);
        });
    }

    /** Measures the priority again and, while its progress moves, each priority above it. */
    private void refresh(String priorityId, Instant at) {
        if (priorityId != null) {
            priority(priorityId).ifPresent(priority -> remeasure(priority, priority.reading(), at));
        }
    }

    /**
     * Measures the priority again, which read {@code before} ahead of this event, and, while its progress moves, each
     * priority above it; each whose reading changed gets a new version.
     */
    private void remeasure(PriorityProgressEntry changed, PriorityProgressEntry.Reading before, Instant at) {
        PriorityProgressEntry priority = changed;
        PriorityProgressEntry.Reading was = before;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            boolean moved = !priority.closed() && priority.measured(WeightedMean.of(measuresOf(priority)));
            if (!priority.reading().equals(was)) {
                newVersions().add(priority.newVersion(at));
            }
            PriorityProgressEntry parent = moved && priority.parentPriorityId() != null
                    ? priority(priority.parentPriorityId()).orElse(null) : null;
            if (parent == null) {
                return;
            }
            priority = parent;
            was = parent.reading();
        }
    }

    /**
     * The versions this batch of events has made so far, written when it is about to commit (the processor's batch, or
     * the unit of work of a dead letter retried on its own).
     */
    private NewVersions newVersions() {
        return BatchBuffer.of(CurrentUnitOfWork.get(), NEW_VERSIONS, NewVersions::new, versions::write);
    }

    private List<Measure> measuresOf(PriorityProgressEntry priority) {
        List<Measure> linked = kpis.findByPriorityId(priority.priorityId()).stream().filter(KpiProgressEntry::counts)
                .map(KpiProgressEntry::toMeasure).toList();
        List<Measure> children = priorities.findByParentPriorityId(priority.priorityId()).stream()
                .filter(PriorityProgressEntry::counts)
                .map(child -> Measures.priority(child.priorityId(), null, child.progress(), child.weight())).toList();
        return priority.measures(linked, children);
    }

    /** A priority's row, found once per batch (BatchLoad). */
    private Optional<PriorityProgressEntry> priority(String id) {
        return BatchLoad.find(PRIORITIES_LOADED, id, priorities::findByPriorityIdIn, PriorityProgressEntry::priorityId,
                priorities::findById);
    }

    /** A KPI's row, found once per batch (BatchLoad). */
    private Optional<KpiProgressEntry> kpi(String id) {
        return BatchLoad.find(KPIS_LOADED, id, kpis::findByMetricIdIn, KpiProgressEntry::metricId, kpis::findById);
    }
}
