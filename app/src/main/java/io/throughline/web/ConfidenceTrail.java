package io.throughline.web;

import io.throughline.kernel.audit.AuditEntry;
import io.throughline.kernel.audit.FieldChange;
import io.throughline.kernel.audit.PriorityHistory;
import io.throughline.kernel.priority.PriorityStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The owner's confidence in a priority over time, read from its history: every status report that carried one, oldest
 * first, with the status the priority had after that report.
 */
record ConfidenceTrail(List<Point> points) {

    private static final String REPORT = "PriorityStatusUpdated";

    /** @param percent the confidence as a share of the full scale, for the bar that draws it */
    record Point(Instant at, PriorityStatus status, int confidence) {

        public int percent() {
            return confidence * 10;
        }
    }

    static ConfidenceTrail of(PriorityHistory history) {
        List<Point> points = new ArrayList<>();
        PriorityStatus status = PriorityStatus.NOT_STARTED;
        for (AuditEntry entry : history.entries()) {
            FieldChange statusChange = entry.changes().get("status");
            if (statusChange != null && statusChange.after() != null) {
                status = PriorityStatus.valueOf(statusChange.after());
            }
            FieldChange confidence = entry.changes().get("confidence");
            if (REPORT.equals(entry.type()) && confidence != null && confidence.after() != null) {
                points.add(new Point(entry.at(), status, Integer.parseInt(confidence.after())));
            }
        }
        return new ConfidenceTrail(points);
    }
}
