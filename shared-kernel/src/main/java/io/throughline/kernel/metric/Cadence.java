package io.throughline.kernel.metric;

/** How often a metric gets a value; each cadence has its own period notation (see {@link Period}). */
public enum Cadence {
    WEEKLY("an ISO week like 2026-W47"),
    MONTHLY("a month like 2026-11"),
    QUARTERLY("a quarter like 2026-Q4");

    private final String periodFormat;

    Cadence(String periodFormat) {
        this.periodFormat = periodFormat;
    }

    /** How a period of this cadence is written, for error messages. */
    public String periodFormat() {
        return periodFormat;
    }
}
