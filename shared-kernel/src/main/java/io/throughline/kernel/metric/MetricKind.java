package io.throughline.kernel.metric;

/** Leading indicators move before results do (calls made); lagging ones are the results (revenue booked). */
public enum MetricKind {
    LEADING,
    LAGGING
}
