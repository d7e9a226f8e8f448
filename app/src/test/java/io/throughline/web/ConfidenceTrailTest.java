package io.throughline.web;

import io.throughline.kernel.audit.AuditEntry;
import io.throughline.kernel.audit.FieldChange;
import io.throughline.kernel.audit.PriorityHistory;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfidenceTrailTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void everyReportWithAConfidenceIsAPointWithTheStatusItLeft() {
        PriorityHistory history = new PriorityHistory(new PriorityId("p"), List.of(
                entry(0, "PriorityAssigned", Map.of("title", new FieldChange(null, "Ship same day"))),
                entry(1, "PriorityStatusUpdated", Map.of("status", new FieldChange("NOT_STARTED", "ON_TRACK"))),
                entry(2, "PriorityStatusUpdated", Map.of("status", new FieldChange("ON_TRACK", "AT_RISK"),
                        "confidence", new FieldChange(null, "4"))),
                entry(3, "PriorityChanged", Map.of("dueDate", new FieldChange(null, "2026-12-15"))),
                entry(4, "PriorityStatusUpdated", Map.of("confidence", new FieldChange(null, "6")))));

        assertThat(ConfidenceTrail.of(history).points()).as("a report confirming the status keeps it").containsExactly(
                new ConfidenceTrail.Point(MONDAY.plusSeconds(2), PriorityStatus.AT_RISK, 4),
                new ConfidenceTrail.Point(MONDAY.plusSeconds(4), PriorityStatus.AT_RISK, 6));
    }

    @Test
    void aPriorityWhoseReportsGaveNoConfidenceHasNoPoints() {
        PriorityHistory history = new PriorityHistory(new PriorityId("p"), List.of(
                entry(0, "PriorityAssigned", Map.of()),
                entry(1, "PriorityStatusUpdated", Map.of("status", new FieldChange("NOT_STARTED", "OFF_TRACK")))));

        assertThat(ConfidenceTrail.of(history).points()).isEmpty();
    }

    private static AuditEntry entry(long sequence, String type, Map<String, FieldChange> changes) {
        return new AuditEntry(sequence, type, "lena", MONDAY.plusSeconds(sequence), null, changes, null);
    }
}
