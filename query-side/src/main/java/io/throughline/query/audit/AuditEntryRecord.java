package io.throughline.query.audit;

import io.throughline.kernel.audit.AuditEntry;
import io.throughline.kernel.audit.AuditLogEntry;
import io.throughline.kernel.audit.FieldChange;
import io.throughline.query.EventKeyedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;

/** A row of {@code audit_entry}: one per event of any aggregate, keyed by the event's global position. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryRecord extends EventKeyedRow<Long> {

    @Id
    @Column(name = "global_sequence")
    private long globalSequence;
    @Column(name = "aggregate_type")
    private String aggregateType;
    @Column(name = "aggregate_id")
    private String aggregateId;
    @Column(name = "team_id")
    private String teamId;
    private long sequence;
    @Column(name = "event_type")
    private String eventType;
    private String actor;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, FieldChange> changes;
    @Column(name = "huddle_id")
    private String huddleId;

    protected AuditEntryRecord() {
    }

    @Override
    public Long getId() {
        return globalSequence;
    }

    AuditEntryRecord(long globalSequence, String aggregateType, String aggregateId, String teamId, long sequence,
                     String eventType, String actor, Instant occurredAt, String reason, Map<String, FieldChange> changes,
                     String huddleId) {
        this.globalSequence = globalSequence;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.teamId = teamId;
        this.sequence = sequence;
        this.eventType = eventType;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = reason;
        this.changes = changes;
        this.huddleId = huddleId;
    }

    long sequence() {
        return sequence;
    }

    String aggregateId() {
        return aggregateId;
    }

    String teamId() {
        return teamId;
    }

    /** Files an entry whose event names no team under the team of its aggregate's first event. */
    void fileUnder(String teamOfAggregate) {
        this.teamId = teamOfAggregate;
    }

    AuditEntry toEntry() {
        return new AuditEntry(sequence, eventType, actor, occurredAt, reason, changes, huddleId);
    }

    AuditLogEntry toLogEntry() {
        return new AuditLogEntry(globalSequence, aggregateType, aggregateId, teamId, eventType, actor, occurredAt, reason,
                changes, huddleId);
    }
}
