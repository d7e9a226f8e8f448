package io.throughline.query.priority;

import io.throughline.kernel.priority.GetMilestonePlan;
import io.throughline.kernel.priority.MilestoneAdded;
import io.throughline.kernel.priority.MilestoneChanged;
import io.throughline.kernel.priority.MilestoneCompleted;
import io.throughline.kernel.priority.MilestoneId;
import io.throughline.kernel.priority.MilestonePlan;
import io.throughline.kernel.priority.MilestoneRemoved;
import io.throughline.kernel.priority.MilestoneTallies;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.TallyMilestones;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code milestone_view}: the milestones of every priority, in the order their owners laid them out. */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables("milestone_view")
class MilestoneProjection {

    private final MilestoneEntryRepository milestones;

    MilestoneProjection(MilestoneEntryRepository milestones) {
        this.milestones = milestones;
    }

    @EventHandler
    void on(MilestoneAdded event, @Timestamp Instant at) {
        List<MilestoneEntry> plan = milestones.findByPriorityIdOrderByPositionAsc(event.priorityId().value());
        int last = plan.isEmpty() ? 0 : plan.get(plan.size() - 1).position();
        milestones.save(new MilestoneEntry(event, last + 1, at));
    }

    @EventHandler
    void on(MilestoneChanged event) {
        milestones.findById(key(event.priorityId(), event.milestoneId())).ifPresent(milestone -> milestone.changed(event));
    }

    @EventHandler
    void on(MilestoneCompleted event, @Timestamp Instant at) {
        milestones.findById(key(event.priorityId(), event.milestoneId())).ifPresent(milestone -> milestone.completed(at));
    }

    @EventHandler
    void on(MilestoneRemoved event) {
        milestones.deleteById(key(event.priorityId(), event.milestoneId()));
    }

    @ResetHandler
    void reset() {
        milestones.deleteAllInBatch();
    }

    @QueryHandler
    MilestonePlan handle(GetMilestonePlan query) {
        return MilestonePlan.of(milestones.findByPriorityIdOrderByPositionAsc(query.priorityId().value()).stream()
                .map(MilestoneEntry::toView).toList());
    }

    /** One read of {@code milestone_view} for all the priorities asked about, however many they are. */
    @QueryHandler
    MilestoneTallies handle(TallyMilestones query) {
        if (query.priorityIds().isEmpty()) {
            return new MilestoneTallies(Map.of());
        }
        Map<String, List<MilestoneEntry>> byPriority = milestones.findByPriorityIdIn(query.priorityIds().stream()
                .map(PriorityId::value).toList()).stream().collect(Collectors.groupingBy(MilestoneEntry::priorityId));
        return new MilestoneTallies(byPriority.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                plan -> new MilestoneTallies.Tally((int) plan.getValue().stream().filter(MilestoneEntry::done).count(),
                        plan.getValue().size()))));
    }

    private static MilestoneEntry.Key key(PriorityId priority, MilestoneId milestone) {
        return new MilestoneEntry.Key(priority.value(), milestone.value());
    }
}
