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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private final FirstTeams firstTeams = new FirstTeams();

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
     * Files each entry whose event names no team under the team its aggregate's first event named, as this batch or
     * an earlier one saw it (one read for the batch's aggregates not seen since the start), then appends them all.
     */
    private void append(BatchOfEntries batch) {
        Map<String, Optional<String>> teams = new HashMap<>(batch.firstTeams);
        Set<String> unseen = new HashSet<>();
        for (AuditEntryRecord entry : batch.unfiled) {
            String aggregate = entry.aggregateId();
            Optional<String> known = teams.containsKey(aggregate) ? teams.get(aggregate) : firstTeams.get(aggregate);
            if (known == null) {
                unseen.add(aggregate);
            } else {
                teams.put(aggregate, known);
            }
        }
        if (!unseen.isEmpty()) {
            Map<String, Optional<String>> read = new HashMap<>();
            entries.findByAggregateIdInAndSequence(unseen, 0)
                    .forEach(first -> read.put(first.aggregateId(), Optional.ofNullable(first.teamId())));
            firstTeams.putAll(read);
            teams.putAll(read);
        }
        firstTeams.putAll(batch.firstTeams);
        batch.unfiled.forEach(entry -> entry.fileUnder(
                teams.getOrDefault(entry.aggregateId(), Optional.empty()).orElse(null)));
        trail.append(batch.entries);
    }

    @ResetHandler
    void reset() {
        firstTeams.clear();
        entries.deleteAllInBatch();
    }

    /**
     * The team each recently seen aggregate's first event named, as its first entry holds it, which never changes: a
     * rebuild reads none of them (it sees every first event), and a processor that restarts reads each once. Only
     * what an event or a stored first entry said is remembered, never that an entry was not there. Shared by the
     * processor's thread and the retries of dead letters.
     */
    private static final class FirstTeams {

        private static final int REMEMBERED = 10_000;

        private final Map<String, Optional<String>> teams = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
                return size() > REMEMBERED;
            }
        };

        synchronized void putAll(Map<String, Optional<String>> seen) {
            teams.putAll(seen);
        }

        /** Null when not remembered. */
        synchronized Optional<String> get(String aggregate) {
            return teams.get(aggregate);
        }

        synchronized void clear() {
            teams.clear();
        }
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
