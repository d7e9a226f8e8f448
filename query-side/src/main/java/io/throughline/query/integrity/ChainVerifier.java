package io.throughline.query.integrity;

import io.throughline.kernel.audit.ChainVerification;
import io.throughline.kernel.audit.VerifyAuditChain;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Walks the event log as stored, recomputing each link of the hash chain, and the stored links beside it in the same
 * order; the first difference is where the log was altered. Events newer than the last link are not yet chained.
 */
@Component
class ChainVerifier {

    private static final int CHUNK = 1_000;

    private final EventHashRepository hashes;
    private final ObjectProvider<EventStorageEngine> log;
    private final Serializer serializer;

    ChainVerifier(EventHashRepository hashes, ObjectProvider<EventStorageEngine> log,
                  @Qualifier("eventSerializer") Serializer serializer) {
        this.hashes = hashes;
        this.log = log;
        this.serializer = serializer;
    }

    @QueryHandler
    Optional<ChainVerification> handle(VerifyAuditChain query) {
        return Optional.ofNullable(log.getIfAvailable()).map(this::verify);
    }

    private ChainVerification verify(EventStorageEngine engine) {
        StoredLinks links = new StoredLinks();
        String previous = EventDigest.GENESIS;
        long verified = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> log = events.iterator();
            while (log.hasNext() && links.hasNext()) {
                TrackedEventMessage<?> next = log.next();
                if (!(next instanceof DomainEventMessage<?> event)) {
                    continue;
                }
                long sequence = next.trackingToken().position().orElseThrow();
                EventHashRepository.Link expected = links.next();
                if (sequence != expected.globalSequence()) {
                    // An event the chain never saw (inserted), or a linked event that is gone (deleted).
                    return new ChainVerification(verified, Math.min(sequence, expected.globalSequence()));
                }
                String link = EventDigest.link(previous, sequence, event, serializer);
                if (!link.equals(expected.hash())) {
                    return new ChainVerification(verified, sequence);
                }
                previous = link;
                verified++;
            }
        }
        return links.hasNext() ? new ChainVerification(verified, links.next().globalSequence())
                : new ChainVerification(verified, null);
    }

    /** The stored links in order, read a chunk at a time. */
    private final class StoredLinks {

        private final Deque<EventHashRepository.Link> chunk = new ArrayDeque<>();
        private long last = -1;

        boolean hasNext() {
            if (chunk.isEmpty()) {
                chunk.addAll(hashes.findLinksByGlobalSequenceGreaterThanOrderByGlobalSequenceAsc(last, Limit.of(CHUNK)));
            }
            return !chunk.isEmpty();
        }

        EventHashRepository.Link next() {
            hasNext();
            EventHashRepository.Link link = chunk.removeFirst();
            last = link.globalSequence();
            return link;
        }
    }
}
