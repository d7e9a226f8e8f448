package io.throughline.query.insight;

import io.throughline.kernel.Change;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityCarriedOver;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityMissed;
import io.throughline.kernel.priority.PriorityReassigned;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.query.BatchBuffer;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The history the insights read: every change of a priority's status with its time, the confidence reported and the
 * owner then, and how often its goalposts moved. Its own processing group, so that a replay rebuilds it from the whole
 * log: the figures hold for history, not only for events after it was deployed.
 */
@Component
@ProcessingGroup(ProcessingGroups.INSIGHTS)
@ReadModelTables({"insight_priority", "insight_status_change"})
class InsightProjection {

    private static final String CHANGES = InsightProjection.class.getName() + ".changes";

    private final InsightPriorityRepository priorities;
    private final StatusChangeRepository changes;
    private final StatusChangeWriter newChanges;

    InsightProjection(InsightPriorityRepository priorities, StatusChangeRepository changes,
                      StatusChangeWriter newChanges) {
        this.priorities = priorities;
        this.changes = changes;
        this.newChanges = newChanges;
    }

    @EventHandler
    void on(PriorityAssigned event) {
        priorities.save(new InsightPriority(event));
    }

    @EventHandler
    void on(PriorityChanged event) {
        priorities.findById(event.priorityId().value()).ifPresent(priority -> priority.changed(event));
    }

    @EventHandler
    void on(PriorityReassigned event) {
        priorities.findById(event.priorityId().value())
                .ifPresent(priority -> priority.reassigned(event.ownerId().after().value()));
    }

    @EventHandler
    void on(PriorityStatusUpdated event, @SequenceNumber long sequence, @Timestamp Instant at, UnitOfWork<?> batch) {
        record(batch, event.priorityId(), event.status(), event.confidence(), sequence, at);
    }

    @EventHandler
    void on(PriorityCompleted event, @SequenceNumber long sequence, @Timestamp Instant at, UnitOfWork<?> batch) {
        record(batch, event.priorityId(), event.status(), null, sequence, at);
    }

    @EventHandler
    void on(PriorityDropped event, @SequenceNumber long sequence, @Timestamp Instant at, UnitOfWork<?> batch) {
        record(batch, event.priorityId(), event.status(), null, sequence, at);
    }

    @EventHandler
    void on(PriorityMissed event, @SequenceNumber long sequence, @Timestamp Instant at, UnitOfWork<?> batch) {
        record(batch, event.priorityId(), event.status(), null, sequence, at);
    }

    @EventHandler
    void on(PriorityCarriedOver event, @SequenceNumber long sequence, @Timestamp Instant at, UnitOfWork<?> batch) {
        record(batch, event.priorityId(), event.status(), null, sequence, at);
    }

    @EventHandler
    void on(PriorityReinstated event, @SequenceNumber long sequence, @Timestamp Instant at, UnitOfWork<?> batch) {
        record(batch, event.priorityId(), event.status(), null, sequence, at);
    }

    @ResetHandler
    void reset() {
        changes.deleteAllInBatch();
        priorities.deleteAllInBatch();
    }

    /** The batch's status changes are appended together just before it commits ({@link BatchBuffer}). */
    private void record(UnitOfWork<?> batch, PriorityId priorityId, Change<PriorityStatus> status, Integer confidence,
                        long sequence, Instant at) {
        priorities.findById(priorityId.value()).ifPresent(priority -> BatchBuffer
                .<List<StatusChange>>of(batch, CHANGES, ArrayList::new, newChanges::append)
                .add(new StatusChange(priority.priorityId(), sequence, at, priority.statusAfter(status), confidence,
                        priority.ownerId())));
    }
}
