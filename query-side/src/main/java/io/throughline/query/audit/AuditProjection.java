package io.throughline.query.audit;

import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.audit.AuditEntry;
import io.throughline.kernel.audit.GetPriorityHistory;
import io.throughline.kernel.audit.PriorityHistory;
import io.throughline.query.ProcessingGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The audit trail: every event of every aggregate, with who caused it, when, why and what it changed. */
@Component
@ProcessingGroup(ProcessingGroups.AUDIT)
class AuditProjection {

    private final AuditEntryRecordRepository entries;

    AuditProjection(AuditEntryRecordRepository entries) {
        this.entries = entries;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event, TrackingToken token,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        long globalSequence = token.position().orElseThrow(() ->
                new IllegalStateException("the audit trail needs tokens that know their position, got " + token));
        entries.save(new AuditEntryRecord(globalSequence, event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), payload.getClass().getSimpleName(),
                actor == null ? AuditMetadata.SYSTEM : actor, event.getTimestamp(),
                EventChanges.reasonOf(payload), EventChanges.of(payload, event.getAggregateIdentifier())));
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
    }

    @QueryHandler
    Optional<PriorityHistory> handle(GetPriorityHistory query) {
        List<AuditEntry> history = entries.findByAggregateIdOrderBySequenceAsc(query.priorityId().value()).stream()
                .map(AuditEntryRecord::toEntry).toList();
        return history.isEmpty() ? Optional.empty() : Optional.of(new PriorityHistory(query.priorityId(), history));
    }
}
