package io.throughline.query.quarter;

import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.quarter.GetQuarterScorecard;
import io.throughline.kernel.quarter.QuarterClosed;
import io.throughline.kernel.quarter.QuarterReopened;
import io.throughline.kernel.quarter.QuarterScorecard;
import io.throughline.kernel.quarter.QuarterScorecard.OwnerTally;
import io.throughline.kernel.quarter.QuarterScorecard.Tally;
import io.throughline.kernel.quarter.TeamQuarterKey;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import io.throughline.query.priority.PriorityEntry;
import io.throughline.query.priority.PriorityEntryRepository;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code quarter_view}: who closed and reopened each team's quarter. The scorecard counts the quarter's priorities
 * by outcome from {@code priority_view}, kept by the same processing group, so both stand at the same event.
 */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables("quarter_view")
class QuarterProjection {

    private final QuarterEntryRepository quarters;
    private final PriorityEntryRepository priorities;

    QuarterProjection(QuarterEntryRepository quarters, PriorityEntryRepository priorities) {
        this.quarters = quarters;
        this.priorities = priorities;
    }

    @EventHandler
    void on(QuarterClosed event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        QuarterEntry quarter = quarters.findById(TeamQuarterKey.of(event.teamId(), event.quarter()))
                .orElseGet(() -> QuarterEntry.of(event));
        quarter.closed(actor, at);
        quarters.save(quarter);
    }

    @EventHandler
    void on(QuarterReopened event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        quarters.findById(TeamQuarterKey.of(event.teamId(), event.quarter()))
                .ifPresent(quarter -> quarter.reopened(event, actor, at));
    }

    @ResetHandler
    void reset() {
        quarters.deleteAllInBatch();
    }

    @QueryHandler
    QuarterScorecard handle(GetQuarterScorecard query) {
        List<PriorityView> held = priorities.findByTeamIdAndQuarterOrderByAssignedAtAsc(query.teamId().value(),
                query.quarter().value()).stream().map(PriorityEntry::toView).toList();
        Map<PersonId, List<PriorityView>> byOwner = new LinkedHashMap<>();
        held.forEach(priority -> byOwner.computeIfAbsent(priority.ownerId(), owner -> new ArrayList<>()).add(priority));
        List<OwnerTally> owners = byOwner.entrySet().stream()
                .map(owner -> new OwnerTally(owner.getKey(), tally(owner.getValue()))).toList();
        var quarter = quarters.findById(TeamQuarterKey.of(query.teamId(), query.quarter()));
        boolean closed = quarter.map(QuarterEntry::isClosed).orElse(false);
        return new QuarterScorecard(query.teamId(), query.quarter(), closed,
                closed ? quarter.map(QuarterEntry::closedBy).map(PersonId::new).orElse(null) : null,
                closed ? quarter.map(QuarterEntry::closedAt).orElse(null) : null,
                quarter.map(QuarterEntry::reopenReason).orElse(null), tally(held), owners);
    }

    private static Tally tally(List<PriorityView> priorities) {
        int done = 0;
        int missed = 0;
        int dropped = 0;
        int carried = 0;
        int open = 0;
        for (PriorityView priority : priorities) {
            switch (priority.status()) {
                case COMPLETED -> done++;
                case MISSED -> missed++;
                case DROPPED -> dropped++;
                case CARRIED_OVER -> carried++;
                default -> open++;
            }
        }
        return Tally.of(done, missed, dropped, carried, open);
    }
}
