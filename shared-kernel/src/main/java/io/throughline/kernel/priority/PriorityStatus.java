package io.throughline.kernel.priority;

import java.util.EnumSet;
import java.util.Set;

public enum PriorityStatus {
    /** Assigned, no status reported yet. */
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    COMPLETED,
    DROPPED;

    /** The statuses an owner may report with {@link UpdatePriorityStatus}. */
    public static final Set<PriorityStatus> REPORTABLE = EnumSet.of(ON_TRACK, AT_RISK, OFF_TRACK);

    /** A closed priority accepts nothing but being reinstated. */
    public boolean isClosed() {
        return this == COMPLETED || this == DROPPED;
    }
}
