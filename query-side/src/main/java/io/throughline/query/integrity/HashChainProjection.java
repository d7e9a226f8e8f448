package io.throughline.query.integrity;

import io.throughline.query.ProcessingGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Links every event into the hash chain as it is appended. The chain is never rebuilt: rebuilding it from the log would
 * bless whatever was altered in the log since, which is exactly what it exists to reveal.
 * <p>
 * The end of the chain is read once per batch of events (one transaction, one processor holding the claim) and then
 * carried from link to link, instead of being looked up for every event.
 */
@Component
@ProcessingGroup(ProcessingGroups.INTEGRITY)
class HashChainProjection {

    private static final String CHAIN_END = HashChainProjection.class.getName() + ".end";

    private final EventHashRepository hashes;
    private final Serializer serializer;

    HashChainProjection(EventHashRepository hashes, @Qualifier("eventSerializer") Serializer serializer) {
        this.hashes = hashes;
        this.serializer = serializer;
    }

    @EventHandler
    @DisallowReplay
    void on(DomainEventMessage<?> event, TrackingToken token, UnitOfWork<?> batch) {
        long globalSequence = token.position().orElseThrow(() ->
                new IllegalStateException("the hash chain needs tokens that know their position, got " + token));
        ChainEnd end = batch.root().getOrComputeResource(CHAIN_END, key -> hashes.findFirstByOrderByGlobalSequenceDesc()
                .map(last -> new ChainEnd(last.globalSequence(), last.hash()))
                .orElseGet(() -> new ChainEnd(Long.MIN_VALUE, EventDigest.GENESIS)));
        if (globalSequence <= end.globalSequence) {
            return; // linked already: the chain only grows at its end
        }
        String hash = EventDigest.link(end.hash, globalSequence, event, serializer);
        hashes.save(new EventHash(globalSequence, hash));
        end.globalSequence = globalSequence;
        end.hash = hash;
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
