package io.throughline.kernel.priority;

import java.util.EnumSet;
import java.util.Set;

public enum PriorityStatus {
    /** Assigned, no status reported yet. */
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    /** Done: shown as "Done" in pages; the stored name stays, so old logs read the same. */
    COMPLETED,
    DROPPED,
    /** The quarter closed short of its success criterion: still counted in the alignment measures, unlike dropped. */
    MISSED,
    /** The quarter closed with it carried into the next quarter's priority that continues it. */
    CARRIED_OVER;

    /** The statuses an owner may report with {@link UpdatePriorityStatus}. */
    public static final Set<PriorityStatus> REPORTABLE = EnumSet.of(ON_TRACK, AT_RISK, OFF_TRACK);

    /** A closed priority accepts nothing but being reinstated. */
    public boolean isClosed() {
        return this == COMPLETED || this == DROPPED || this == MISSED || this == CARRIED_OVER;
    }
}
