package io.throughline.query.priority;

import io.throughline.kernel.priority.FindPriorities;
import io.throughline.kernel.priority.FindPriority;
import io.throughline.kernel.priority.ListAlignedPriorities;
import io.throughline.kernel.priority.MilestoneEvent;
import io.throughline.kernel.priority.PriorityAnnualGoalChanged;
import io.throughline.kernel.priority.PriorityContributionAdded;
import io.throughline.kernel.priority.PriorityContributionRemoved;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityCarriedOver;
import io.throughline.kernel.priority.PriorityContinued;
import io.throughline.kernel.priority.PriorityMissed;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityReassigned;
import io.throughline.kernel.priority.PriorityRealigned;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.priority.PriorityWeighed;
import io.throughline.query.BatchBuffer;
import io.throughline.query.BatchLoad;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code priority_view}: every priority as it stands now, and {@code priority_version}: every state it has been in. A priority whose parent is dropped is flagged as an orphan
 * until the parent is reinstated or it is realigned to another parent.
 */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables({"priority_view", "priority_version"})
class PriorityProjection {

    private static final String NEW_STATES = PriorityProjection.class.getName() + ".newStates";
    private static final String LOADED = PriorityProjection.class.getName() + ".loaded";

    private final PriorityEntryRepository priorities;
    private final PriorityVersionRows versions;

    PriorityProjection(PriorityEntryRepository priorities, PriorityVersionRows versions) {
        this.priorities = priorities;
        this.versions = versions;
    }

    @EventHandler
    void on(PriorityAssigned event, @SequenceNumber long version, @Timestamp Instant at) {
        recordVersion(priorities.save(PriorityEntry.assigned(event, version, at)), at);
    }

    @EventHandler
    void on(PriorityChanged event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.priorityId(), event, version, at);
    }

    @EventHandler
    void on(PriorityReassigned event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.priorityId(), event, version, at);
    }

    @EventHandler
    void on(PriorityStatusUpdated event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.priorityId(), event, version, at);
    }

    @EventHandler
    void on(PriorityCompleted event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.priorityId(), event, version, at);
    }

    /** Unlike a drop, a miss leaves the priorities serving it aligned, not orphaned. */
    @EventHandler
    void on(PriorityMissed event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.priorityId(), event, version, at);
    }

    @EventHandler
    void on(PriorityCarriedOver event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.priorityId(), event, version, at);
    }

    @EventHandler
    void on(PriorityContinued event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.priorityId(), event, version, at);
    }

    @EventHandler
    void on(PriorityDropped event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.priorityId(), event, version, at);
        flagChildren(event.priorityId(), true);
    }

    @EventHandler
    void on(PriorityReinstated event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.priorityId(), event, version, at);
        flagChildren(event.priorityId(), false);
    }

    @EventHandler
    void on(PriorityAnnualGoalChanged event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.priorityId(), event, version, at);
    }

    @EventHandler
    void on(PriorityRealigned event, @SequenceNumber long version, @Timestamp Instant at) {
        PriorityId newParent = event.parentPriorityId().after();
        boolean parentDropped = newParent != null
                && find(newParent.value()).map(PriorityEntry::isDropped).orElse(false);
        update(event.priorityId(), event, version, at);
        find(event.priorityId().value()).ifPresent(priority -> priority.orphaned(parentDropped));
    }

    /** Milestones live inside the priority: each moves the version that optimistic locking compares. */
    @EventHandler
    void on(MilestoneEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        find(event.priorityId().value()).ifPresent(priority -> priority.touched(version, at));
    }

    /** So do lateral links: the contributing priority's next command compares the version they moved. */
    @EventHandler
    void on(PriorityContributionAdded event, @SequenceNumber long version, @Timestamp Instant at) {
        find(event.priorityId().value()).ifPresent(priority -> priority.touched(version, at));
    }

    @EventHandler
    void on(PriorityContributionRemoved event, @SequenceNumber long version, @Timestamp Instant at) {
        find(event.priorityId().value()).ifPresent(priority -> priority.touched(version, at));
    }

    /** And so do its weights in measured progress. */
    @EventHandler
    void on(PriorityWeighed event, @SequenceNumber long version, @Timestamp Instant at) {
        find(event.priorityId().value()).ifPresent(priority -> priority.touched(version, at));
    }

    @ResetHandler
    void reset() {
        priorities.deleteAllInBatch();
        versions.deleteAll();
    }

    @QueryHandler
    Optional<PriorityView> handle(FindPriority query) {
        return priorities.findById(query.priorityId().value()).map(PriorityEntry::toView);
    }

    @QueryHandler
    List<PriorityView> handle(FindPriorities query) {
        return priorities.findAllById(query.priorityIds().stream().map(PriorityId::value).toList()).stream()
                .map(PriorityEntry::toView).toList();
    }

    @QueryHandler
    List<PriorityView> handle(ListAlignedPriorities query) {
        return priorities.findByParentPriorityIdOrderByAssignedAtAsc(query.parentPriorityId().value()).stream()
                .map(PriorityEntry::toView).toList();
    }

    private void update(PriorityId priorityId, Object event, long version, Instant at) {
        find(priorityId.value()).ifPresent(priority -> {
            priority.apply(event, at);
            priority.touched(version, at);
            recordVersion(priority, at);
        });
    }

    /**
     * The row as it now stands becomes the priority's newest state; the one before it ends at the same instant. Both
     * are written when the batch is about to commit (the processor's batch, or the unit of work of a dead letter
     * retried on its own): no read of the state before, no round trip per event.
     */
    private void recordVersion(PriorityEntry priority, Instant at) {
        PriorityVersionEntry.Key replaced = priority.stateVersion() == null ? null
                : new PriorityVersionEntry.Key(priority.priorityId(), priority.stateVersion());
        BatchBuffer.of(CurrentUnitOfWork.get(), NEW_STATES, NewStates::new, versions::write)
                .add(replaced, PriorityVersionEntry.of(priority, at), at);
        priority.stateRecorded();
    }

    private void flagChildren(PriorityId parentId, boolean parentDropped) {
        priorities.findByParentPriorityIdOrderByAssignedAtAsc(parentId.value()).forEach(child -> child.orphaned(parentDropped));
    }

    /** A priority's row, found once per batch (BatchLoad). */
    private Optional<PriorityEntry> find(String id) {
        return BatchLoad.find(LOADED, id, priorities::findByPriorityIdIn, PriorityEntry::priorityId,
                priorities::findById);
    }
}
