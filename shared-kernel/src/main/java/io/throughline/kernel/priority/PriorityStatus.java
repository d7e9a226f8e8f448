package io.throughline.kernel.priority;

public enum PriorityStatus {
    /** Assigned, no status reported yet. */
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    COMPLETED,
    DROPPED
}
