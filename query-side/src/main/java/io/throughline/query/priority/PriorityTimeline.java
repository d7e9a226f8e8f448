package io.throughline.query.priority;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.EventHistory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Priorities as they stood at a past instant, folded from their events in the log with the same steps the projection
 * takes. The projection only says which priorities a team and quarter ever had: that never changes once assigned.
 */
@Component
public class PriorityTimeline {

    private final PriorityEntryRepository priorities;
    private final EventHistory history;

    PriorityTimeline(PriorityEntryRepository priorities, EventHistory history) {
        this.priorities = priorities;
        this.history = history;
    }

    /** The team's priorities of the quarter assigned by the instant, as they were then, in the order assigned. */
    public List<PriorityView> asOf(TeamId teamId, Quarter quarter, Instant instant) {
        Map<String, Optional<PriorityEntry>> folded = new HashMap<>();
        return priorities.findByTeamIdAndQuarterOrderByAssignedAtAsc(teamId.value(), quarter.value()).stream()
                .map(entry -> folded.computeIfAbsent(entry.toView().id().value(), id -> fold(id, instant)))
                .flatMap(Optional::stream)
                .map(priority -> withOrphanFlag(priority, instant, folded))
                .toList();
    }

    private PriorityView withOrphanFlag(PriorityEntry priority, Instant instant, Map<String, Optional<PriorityEntry>> folded) {
        PriorityView view = priority.toView();
        if (view.parentPriorityId() != null) {
            priority.orphaned(folded.computeIfAbsent(view.parentPriorityId().value(), id -> fold(id, instant))
                    .map(PriorityEntry::isDropped).orElse(false));
        }
        return priority.toView();
    }

    private Optional<PriorityEntry> fold(String priorityId, Instant instant) {
        PriorityEntry priority = null;
        for (DomainEventMessage<?> event : history.until(priorityId, instant)) {
            if (event.getPayload() instanceof PriorityAssigned assigned) {
                priority = PriorityEntry.assigned(assigned, event.getSequenceNumber(), event.getTimestamp());
            } else if (priority != null) {
                priority.apply(event.getPayload(), event.getTimestamp());
                priority.touched(event.getSequenceNumber(), event.getTimestamp());
            }
        }
        return Optional.ofNullable(priority);
    }
}
