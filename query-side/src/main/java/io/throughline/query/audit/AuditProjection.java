package io.throughline.query.audit;

import io.throughline.kernel.AuditMetadata;
import io.throughline.query.EventFields;
import io.throughline.query.LogPosition;
import io.throughline.query.ProcessingGroups;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/** The audit trail: every event of every aggregate, with who caused it, when, why and what it changed. */
@Component
@ProcessingGroup(ProcessingGroups.AUDIT)
class AuditProjection {

    private final AuditEntryRecordRepository entries;
    private final LogPosition positions;

    AuditProjection(AuditEntryRecordRepository entries, EntityManager entityManager) {
        this.entries = entries;
        this.positions = new LogPosition(entityManager);
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event, TrackingToken token,
            @MetaDataValue(AuditMetadata.ACTOR) String actor, @MetaDataValue(AuditMetadata.HUDDLE) String huddleId) {
        long globalSequence = positions.of(event, token);
        String aggregateId = event.getAggregateIdentifier();
        entries.save(new AuditEntryRecord(globalSequence, event.getType(), aggregateId, teamOf(payload, aggregateId),
                event.getSequenceNumber(), payload.getClass().getSimpleName(),
                actor == null ? AuditMetadata.SYSTEM : actor, event.getTimestamp(),
                EventChanges.reasonOf(payload), EventChanges.of(payload, aggregateId), huddleId));
    }

    private String teamOf(Object payload, String aggregateId) {
        String named = EventFields.teamOf(payload);
        return named != null ? named : entries.findTeamOfAggregate(aggregateId).orElse(null);
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
    }
}
