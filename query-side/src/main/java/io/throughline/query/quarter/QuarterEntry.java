package io.throughline.query.quarter;

import io.throughline.kernel.quarter.QuarterClosed;
import io.throughline.kernel.quarter.QuarterReopened;
import io.throughline.kernel.quarter.TeamQuarterKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code quarter_view}: one per team and quarter ever closed, with who closed and reopened it. */
@Entity
@Table(name = "quarter_view")
public class QuarterEntry {

    @Id
    @Column(name = "quarter_key")
    private String quarterKey;
    @Column(name = "team_id")
    private String teamId;
    private String quarter;
    private boolean closed;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "reopened_by")
    private String reopenedBy;
    @Column(name = "reopened_at")
    private Instant reopenedAt;
    @Column(name = "reopen_reason")
    private String reopenReason;

    protected QuarterEntry() {
    }

    static QuarterEntry of(QuarterClosed event) {
        QuarterEntry entry = new QuarterEntry();
        entry.quarterKey = TeamQuarterKey.of(event.teamId(), event.quarter());
        entry.teamId = event.teamId().value();
        entry.quarter = event.quarter().value();
        return entry;
    }

    void closed(String actor, Instant at) {
        closed = true;
        closedBy = actor;
        closedAt = at;
    }

    void reopened(QuarterReopened event, String actor, Instant at) {
        closed = false;
        reopenedBy = actor;
        reopenedAt = at;
        reopenReason = event.reason();
    }

    boolean isClosed() {
        return closed;
    }

    String closedBy() {
        return closedBy;
    }

    Instant closedAt() {
        return closedAt;
    }

    String reopenReason() {
        return reopenReason;
    }
}
