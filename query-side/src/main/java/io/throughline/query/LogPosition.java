package io.throughline.query;

import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * The position in the event log of the event a processor is handling, for projections keyed by it.
 * <p>
 * A tracking token's position is the highest position its processor has seen. That is the event's own, except when the
 * event fills a gap: on the JPA event store, an event whose transaction committed after a later event's arrives after
 * it, under a token that stays at the later position. Taking the token's position for the event's, the audit trail
 * overwrote the later event's row and the hash chain left the late event out (found by bench/run.sh under 32 clients).
 * <p>
 * So an instance remembers the position of the event its processor handled last: a token that moved past it moved to
 * this event's own position; one that did not is a gap filled, or the first event after a start or a rolled-back
 * batch, and then the event's position is read from the log. One instance per projection, used only from its
 * processor's single thread.
 */
public final class LogPosition {

    private static final long NONE = Long.MIN_VALUE;

    private final EntityManager log;
    private long last = NONE;

    public LogPosition(EntityManager log) {
        this.log = log;
    }

    public long of(EventMessage<?> event, TrackingToken token) {
        long position = token.position().orElseThrow(() ->
                new IllegalStateException("this projection needs tokens that know their position, got " + token));
        boolean movedToThisEvent = last != NONE && position > last;
        last = position;
        // Only the JPA store's gap-aware tokens can stand still; Axon Server's tokens always carry the event's own.
        if (movedToThisEvent || WrappedToken.unwrap(token, GapAwareTrackingToken.class).isEmpty()) {
            return position;
        }
        return log.createQuery("select e.globalIndex from DomainEventEntry e where e.eventIdentifier = :id", Long.class)
                .setParameter("id", event.getIdentifier())
                .getSingleResult();
    }
}
