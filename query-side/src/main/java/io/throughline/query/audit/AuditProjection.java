package io.throughline.query.audit;

import io.throughline.kernel.AuditMetadata;
import io.throughline.query.EventFields;
import io.throughline.query.LogPosition;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The audit trail: every event of every aggregate, with who caused it, when, why and what it changed. */
@Component
@ProcessingGroup(ProcessingGroups.AUDIT)
@ReadModelTables("audit_entry")
class AuditProjection {

    private static final String FIRST_TEAMS = AuditProjection.class.getName() + ".firstTeams";

    private final AuditEntryRecordRepository entries;
    private final LogPosition positions;

    AuditProjection(AuditEntryRecordRepository entries, EntityManager entityManager) {
        this.entries = entries;
        this.positions = new LogPosition(entityManager);
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event, TrackingToken token, UnitOfWork<?> batch,
            @MetaDataValue(AuditMetadata.ACTOR) String actor, @MetaDataValue(AuditMetadata.HUDDLE) String huddleId) {
        long globalSequence = positions.of(event, token, batch);
        String aggregateId = event.getAggregateIdentifier();
        entries.save(new AuditEntryRecord(globalSequence, event.getType(), aggregateId, teamOf(payload, event, batch),
                event.getSequenceNumber(), payload.getClass().getSimpleName(),
                actor == null ? AuditMetadata.SYSTEM : actor, event.getTimestamp(),
                EventChanges.reasonOf(payload), EventChanges.of(payload, aggregateId), huddleId));
    }

    /**
     * The team the event names, or else the one its aggregate's first event named. Those first teams are remembered
     * for the rest of the batch: a rebuild handles many events of one aggregate in a batch, and each lookup would also
     * flush the batch's rows so far.
     */
    private String teamOf(Object payload, DomainEventMessage<?> event, UnitOfWork<?> batch) {
        Map<String, Optional<String>> firstTeams = batch.root().getOrComputeResource(FIRST_TEAMS, key -> new HashMap<>());
        String named = EventFields.teamOf(payload);
        if (event.getSequenceNumber() == 0) {
            firstTeams.put(event.getAggregateIdentifier(), Optional.ofNullable(named));
        }
        return named != null ? named
                : firstTeams.computeIfAbsent(event.getAggregateIdentifier(), entries::findTeamOfAggregate).orElse(null);
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
    }
}
