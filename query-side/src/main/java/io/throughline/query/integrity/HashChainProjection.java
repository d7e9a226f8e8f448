package io.throughline.query.integrity;

import io.throughline.query.ProcessingGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Links every event into the hash chain as it is appended. The chain is never rebuilt: rebuilding it from the log would
 * bless whatever was altered in the log since, which is exactly what it exists to reveal.
 */
@Component
@ProcessingGroup(ProcessingGroups.INTEGRITY)
class HashChainProjection {

    private final EventHashRepository hashes;
    private final Serializer serializer;

    HashChainProjection(EventHashRepository hashes, @Qualifier("eventSerializer") Serializer serializer) {
        this.hashes = hashes;
        this.serializer = serializer;
    }

    @EventHandler
    @DisallowReplay
    void on(DomainEventMessage<?> event, TrackingToken token) {
        long globalSequence = token.position().orElseThrow(() ->
                new IllegalStateException("the hash chain needs tokens that know their position, got " + token));
        if (hashes.existsById(globalSequence)) {
            return;
        }
        String previous = hashes.findFirstByOrderByGlobalSequenceDesc().map(EventHash::hash).orElse(EventDigest.GENESIS);
        hashes.save(new EventHash(globalSequence, EventDigest.link(previous, globalSequence, event, serializer)));
    }
}
