package io.throughline.operations;

import io.throughline.query.replay.ProjectionStatus;

/**
 * One streaming event processor as operators watch it: its {@link ProjectionStatus} and how far it is behind.
 *
 * @param lagSeconds the age of the oldest event it has not handled yet; 0 when caught up, NaN when it does not run on
 *                   this instance
 */
record ProcessorReading(ProjectionStatus status, double lagSeconds) {

    String name() {
        return status.name();
    }

    /** Events appended that it has not handled yet; NaN when it does not run on this instance. */
    double lagEvents() {
        return lagEvents(status);
    }

    static double lagEvents(ProjectionStatus status) {
        if (status.head() == null) {
            return 0;
        }
        return status.position() == null ? Double.NaN : Math.max(0, status.head() - status.position());
    }

    boolean failing() {
        return "ERROR".equals(status.status()) || status.deadLetters() > 0;
    }
}
