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
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The history the insights read: every change of a priority's status with its time, the confidence reported and the
 * owner then, and how often its goalposts moved. Its own processing group, so that a replay rebuilds it from the whole
 * log: the figures hold for history, not only for events after it was deployed.
 */
@Component
@ProcessingGroup(ProcessingGroups.INSIGHTS)
@ReadModelTables({"insight_priority", "insight_status_change"})
class InsightProjection {

    private final InsightPriorityRepository priorities;
    private final StatusChangeRepository changes;

    InsightProjection(InsightPriorityRepository priorities, StatusChangeRepository changes) {
        this.priorities = priorities;
        this.changes = changes;
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
    void on(PriorityStatusUpdated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        record(event.priorityId(), event.status(), event.confidence(), sequence, at);
    }

    @EventHandler
    void on(PriorityCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        record(event.priorityId(), event.status(), null, sequence, at);
    }

    @EventHandler
    void on(PriorityDropped event, @SequenceNumber long sequence, @Timestamp Instant at) {
        record(event.priorityId(), event.status(), null, sequence, at);
    }

    @EventHandler
    void on(PriorityMissed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        record(event.priorityId(), event.status(), null, sequence, at);
    }

    @EventHandler
    void on(PriorityCarriedOver event, @SequenceNumber long sequence, @Timestamp Instant at) {
        record(event.priorityId(), event.status(), null, sequence, at);
    }

    @EventHandler
    void on(PriorityReinstated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        record(event.priorityId(), event.status(), null, sequence, at);
    }

    @ResetHandler
    void reset() {
        changes.deleteAllInBatch();
        priorities.deleteAllInBatch();
    }

    private void record(PriorityId priorityId, Change<PriorityStatus> status, Integer confidence, long sequence,
                        Instant at) {
        priorities.findById(priorityId.value()).ifPresent(priority -> changes.save(new StatusChange(
                priority.priorityId(), sequence, at, priority.statusAfter(status), confidence, priority.ownerId())));
    }
}
