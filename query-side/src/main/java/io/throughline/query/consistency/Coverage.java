package io.throughline.query.consistency;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The events of the log a processor has handled, as its stored token says: every position up to {@code index} except
 * the {@code gaps}, positions taken by transactions that had not committed when the processor passed them. No token
 * yet: nothing handled ({@code index} -1).
 */
record Coverage(long index, SortedSet<Long> gaps) {

    static final Coverage NOTHING = new Coverage(-1, new TreeSet<>());

    /** What the tokens of a processor's segments cover; refused where one fold cannot say what the read model holds. */
    static Coverage of(List<TrackingToken> segments) {
        if (segments.size() > 1) {
            throw new NotCheckable("it has " + segments.size() + " segments; the checker folds single-segment "
                    + "processors only");
        }
        TrackingToken token = segments.isEmpty() ? null : segments.get(0);
        if (token == null) {
            return NOTHING;
        }
        if (token instanceof ReplayToken) {
            throw new NotCheckable("it is replaying; check again once it is live");
        }
        if (!(token instanceof GapAwareTrackingToken gapAware)) {
            throw new NotCheckable("its token is a " + token.getClass().getSimpleName()
                    + "; the checker reads the JPA event store's gap-aware tokens only");
        }
        return new Coverage(gapAware.getIndex(), gapAware.getGaps());
    }

    boolean covers(long position) {
        return position <= index && !gaps.contains(position);
    }

    /** Why a processor's read models cannot be compared with a fold of the log now. */
    static final class NotCheckable extends RuntimeException {

        NotCheckable(String reason) {
            super(reason);
        }
    }
}
