package io.throughline.query.audit;

import io.throughline.kernel.AuditMetadata;
import io.throughline.query.BatchBuffer;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The audit trail: every event of every aggregate, with who caused it, when, why and what it changed. A batch of
 * events' entries are appended together just before the batch commits ({@link BatchBuffer}).
 */
@Component
@ProcessingGroup(ProcessingGroups.AUDIT)
@ReadModelTables("audit_entry")
class AuditProjection {

    private static final String BATCH = AuditProjection.class.getName() + ".batch";

    private final AuditEntryRecordRepository entries;
    private final AuditTrailWriter trail;
    private final LogPosition positions;

    AuditProjection(AuditEntryRecordRepository entries, AuditTrailWriter trail, EntityManager entityManager) {
        this.entries = entries;
        this.trail = trail;
        this.positions = new LogPosition(entityManager);
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event, TrackingToken token, UnitOfWork<?> batch,
            @MetaDataValue(AuditMetadata.ACTOR) String actor, @MetaDataValue(AuditMetadata.HUDDLE) String huddleId) {
        long globalSequence = positions.of(event, token, batch);
        String aggregateId = event.getAggregateIdentifier();
        BatchOfEntries entriesOfBatch = BatchBuffer.of(batch, BATCH, BatchOfEntries::new, this::append);
        entriesOfBatch.add(new AuditEntryRecord(globalSequence, event.getType(), aggregateId,
                EventFields.teamOf(payload), event.getSequenceNumber(), payload.getClass().getSimpleName(),
                actor == null ? AuditMetadata.SYSTEM : actor, event.getTimestamp(),
                EventChanges.reasonOf(payload), EventChanges.of(payload, aggregateId), huddleId));
    }

    /**
     * Files each entry whose event names no team under the team its aggregate's first event named (one read for the
     * batch's aggregates whose first event came in an earlier batch), then appends them all.
     */
    private void append(BatchOfEntries batch) {
        Set<String> earlier = batch.unfiled.stream().map(AuditEntryRecord::aggregateId)
                .filter(aggregate -> !batch.firstTeams.containsKey(aggregate)).collect(Collectors.toSet());
        if (!earlier.isEmpty()) {
            entries.findByAggregateIdInAndSequence(earlier, 0)
                    .forEach(first -> batch.firstTeams.put(first.aggregateId(), Optional.ofNullable(first.teamId())));
        }
        batch.unfiled.forEach(entry -> entry.fileUnder(
                batch.firstTeams.getOrDefault(entry.aggregateId(), Optional.empty()).orElse(null)));
        trail.append(batch.entries);
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
    }

    /** A batch's entries in the order of the log, the teams its first events named, and the entries named none. */
    private static final class BatchOfEntries {

        final List<AuditEntryRecord> entries = new ArrayList<>();
        final Map<String, Optional<String>> firstTeams = new HashMap<>();
        final List<AuditEntryRecord> unfiled = new ArrayList<>();

        void add(AuditEntryRecord entry) {
            entries.add(entry);
            if (entry.sequence() == 0) {
                firstTeams.put(entry.aggregateId(), Optional.ofNullable(entry.teamId()));
            }
            if (entry.teamId() == null) {
                unfiled.add(entry);
            }
        }
    }
}
