package io.throughline.kernel.quarter;

/** What becomes of an open priority when its quarter closes. */
public enum QuarterOutcome {
    /** Completed; a reflection is welcome. */
    DONE,
    /** Short of its success criterion; needs a reflection. */
    MISSED,
    /** Continued by a new priority in the next quarter. */
    CARRY_OVER,
    /** Abandoned; the reflection is the reason, as for any drop. */
    DROP
}
