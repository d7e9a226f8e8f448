package io.throughline.query.progress;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * The positions of the event log a write may have stored its events at: after the head before it, up to the head after
 * it (other writers' events in between included).
 *
 * @param after the head position before the write; -1 for an empty log
 * @param upTo  the head position after it
 */
public record LogRange(long after, long upTo) {

    public static LogRange between(TrackingToken headBefore, TrackingToken headAfter) {
        return new LogRange(positionOf(headBefore), positionOf(headAfter));
    }

    /**
     * Whether a processor at {@code token} has handled every event of the range. On the JPA store a token's position is
     * the highest it has seen: an event that committed late is a gap below it until it arrives. Gaps at or below
     * {@link #after} are older than the write, and do not hold it up.
     */
    public boolean handledBy(TrackingToken token) {
        if (upTo <= after) {
            return true;
        }
        if (positionOf(token) < upTo) {
            return false;
        }
        return WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                .map(gapAware -> gapAware.getGaps().subSet(after + 1, upTo + 1).isEmpty())
                .orElse(true);
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
