package io.throughline.query.integrity;

import io.throughline.query.BatchBuffer;
import io.throughline.query.LogPosition;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Links every event into the hash chain as it is appended, in the order of the log. The chain is never rebuilt:
 * rebuilding it from the log would bless whatever was altered in the log since, which is exactly what it exists to
 * reveal.
 * <p>
 * The end of the chain is read once per batch of events (one transaction, one processor holding the claim) and then
 * carried from link to link; the batch's new links are inserted together just before it commits ({@link BatchBuffer}).
 * An event that arrives after later ones (its transaction committed after theirs) is linked in its place, and the
 * links after it are computed again from the log, so that the chain stays in the log's order, the order
 * {@link ChainVerifier} walks.
 */
@Component
@ProcessingGroup(ProcessingGroups.INTEGRITY)
@ReadModelTables("event_hash")
class HashChainProjection {

    private static final String CHAIN_END = HashChainProjection.class.getName() + ".end";
    private static final String LINKS = HashChainProjection.class.getName() + ".links";

    private final EventHashRepository hashes;
    private final ObjectProvider<EventStorageEngine> log;
    private final Serializer serializer;
    private final LogPosition positions;
    private final JdbcTemplate sql;

    HashChainProjection(EventHashRepository hashes, ObjectProvider<EventStorageEngine> log,
                        @Qualifier("eventSerializer") Serializer serializer, EntityManager entityManager,
                        JdbcTemplate sql) {
        this.hashes = hashes;
        this.log = log;
        this.serializer = serializer;
        this.positions = new LogPosition(entityManager);
        this.sql = sql;
    }

    @EventHandler
    @DisallowReplay
    void on(DomainEventMessage<?> event, TrackingToken token, UnitOfWork<?> batch) {
        long globalSequence = positions.of(event, token, batch);
        ChainEnd end = batch.root().getOrComputeResource(CHAIN_END, key -> hashes.findFirstByOrderByGlobalSequenceDesc()
                .map(last -> new ChainEnd(last.globalSequence(), last.hash()))
                .orElseGet(() -> new ChainEnd(Long.MIN_VALUE, EventDigest.GENESIS)));
        if (globalSequence > end.globalSequence) {
            String hash = EventDigest.link(end.hash, globalSequence, event, serializer);
            BatchBuffer.<List<EventHash>>of(batch, LINKS, ArrayList::new, this::append)
                    .add(new EventHash(globalSequence, hash));
            end.globalSequence = globalSequence;
            end.hash = hash;
        } else {
            // Rare: the links the batch made so far go to the table first, where the relinking reads them.
            BatchBuffer.writeNow(batch);
            if (!hashes.existsById(globalSequence)) {
                end.hash = relinkFrom(globalSequence, end.globalSequence);
            }
        }
    }

    /** New links, in one batched INSERT on the connection of the processor's transaction. */
    private void append(List<EventHash> links) {
        sql.batchUpdate("insert into event_hash (global_sequence, hash) values (?, ?)", links, links.size(),
                (statement, link) -> {
                    statement.setLong(1, link.globalSequence());
                    statement.setString(2, link.hash());
                });
    }

    /**
     * Links a late event in its place and computes the links after it again, reading the events from the log; answers
     * the hash at the end of the chain. Events of that stretch not yet handled here (late too) stay out until they come.
     */
    private String relinkFrom(long late, long end) {
        String previous = hashes.findFirstByGlobalSequenceLessThanOrderByGlobalSequenceDesc(late)
                .map(EventHash::hash).orElse(EventDigest.GENESIS);
        Map<Long, EventHash> after = hashes.findByGlobalSequenceGreaterThanOrderByGlobalSequenceAsc(late, Limit.unlimited())
                .stream().collect(Collectors.toMap(EventHash::globalSequence, Function.identity()));
        EventStorageEngine engine = log.getIfAvailable();
        if (engine == null) {
            throw new IllegalStateException("event " + late + " came after later ones, and the log cannot be read here");
        }
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(
                GapAwareTrackingToken.newInstance(late - 1, Set.of()), false)) {
            for (Iterator<? extends TrackedEventMessage<?>> stored = events.iterator(); stored.hasNext(); ) {
                TrackedEventMessage<?> next = stored.next();
                long position = next.trackingToken().position().orElseThrow();
                if (position > end) {
                    break;
                }
                if (next instanceof DomainEventMessage<?> event && (position == late || after.containsKey(position))) {
                    previous = EventDigest.link(previous, position, event, serializer);
                    if (position == late) {
                        hashes.save(new EventHash(position, previous));
                    } else {
                        after.get(position).relink(previous);
                    }
                }
            }
        }
        return previous;
    }

    /** The last link written, in this batch or before it. */
    private static final class ChainEnd {

        long globalSequence;
        String hash;

        ChainEnd(long globalSequence, String hash) {
            this.globalSequence = globalSequence;
            this.hash = hash;
        }
    }
}
