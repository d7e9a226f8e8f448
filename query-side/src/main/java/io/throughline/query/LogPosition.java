package io.throughline.query;

import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashMap;
import java.util.Map;

/**
 * The position in the event log of the event a processor is handling, for projections keyed by it.
 * <p>
 * A tracking token's position is the highest position its processor has seen. That is the event's own, except when the
 * event fills a gap: on the JPA event store, an event whose transaction committed after a later event's arrives after
 * it, under a token that stays at the later position. Taking the token's position for the event's, the audit trail
 * overwrote the later event's row and the hash chain left the late event out (found by bench/run.sh under 32 clients).
 * <p>
 * So the token of the event delivered just before, in the same batch, tells: a token that moved past it moved to this
 * event's own position; one that did not is a gap filled, and then the event's position is read from the log. The
 * event before counts whether or not the projection handled it: the dead-letter queue parks an aggregate's events
 * behind a failed one without handling them, so the projection alone cannot know what its processor delivered last.
 * The first event of a batch, and an event retried from the dead-letter queue (outside any batch, on another thread),
 * read their position from the log: one indexed lookup per batch.
 */
public final class LogPosition {

    private static final long NONE = Long.MIN_VALUE;
    private static final String BEFORE = LogPosition.class.getName() + ".before";

    private final EntityManager log;

    public LogPosition(EntityManager log) {
        this.log = log;
    }

    public long of(EventMessage<?> event, TrackingToken token, UnitOfWork<?> unitOfWork) {
        long position = token.position().orElseThrow(() ->
                new IllegalStateException("this projection needs tokens that know their position, got " + token));
        // Only the JPA store's gap-aware tokens can stand still; Axon Server's tokens always carry the event's own.
        if (WrappedToken.unwrap(token, GapAwareTrackingToken.class).isEmpty()) {
            return position;
        }
        if (unitOfWork.root() instanceof BatchingUnitOfWork<?> batch) {
            long before = batch.<Map<String, Long>>getOrComputeResource(BEFORE, key -> positionsBefore(batch))
                    .getOrDefault(event.getIdentifier(), NONE);
            if (before != NONE && position > before) {
                return position;
            }
        }
        return log.createQuery("select e.globalIndex from DomainEventEntry e where e.eventIdentifier = :id", Long.class)
                .setParameter("id", event.getIdentifier())
                .getSingleResult();
    }

    /** For each event of the batch, the token position of the one delivered before it in the batch. */
    private static Map<String, Long> positionsBefore(BatchingUnitOfWork<?> batch) {
        Map<String, Long> before = new HashMap<>();
        long previous = NONE;
        for (Message<?> message : batch.getMessages()) {
            before.put(message.getIdentifier(), previous);
            previous = message instanceof TrackedEventMessage<?> tracked
                    ? tracked.trackingToken().position().orElse(NONE) : NONE;
        }
        return before;
    }
}
