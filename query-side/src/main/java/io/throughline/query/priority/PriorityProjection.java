package io.throughline.query.priority;

import io.throughline.kernel.priority.FindPriority;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.query.ProcessingGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
class PriorityProjection {

    private final PriorityEntryRepository priorities;

    PriorityProjection(PriorityEntryRepository priorities) {
        this.priorities = priorities;
    }

    @EventHandler
    void on(PriorityAssigned event, @SequenceNumber long version, @Timestamp Instant at) {
        priorities.save(PriorityEntry.assigned(event, version, at));
    }

    @ResetHandler
    void reset() {
        priorities.deleteAllInBatch();
    }

    @QueryHandler
    Optional<PriorityView> handle(FindPriority query) {
        return priorities.findById(query.priorityId().value()).map(PriorityEntry::toView);
    }
}
