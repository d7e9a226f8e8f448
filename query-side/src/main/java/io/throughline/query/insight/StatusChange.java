package io.throughline.query.insight;

import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.query.EventKeyedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * A row of {@code insight_status_change}: the status a priority had from an instant on, with the confidence its owner
 * reported then. Keyed by the event's place in the priority's history: each event makes at most one.
 */
@Entity
@Table(name = "insight_status_change")
@IdClass(StatusChange.Key.class)
public class StatusChange extends EventKeyedRow<StatusChange.Key> {

    @Id
    @Column(name = "priority_id")
    private String priorityId;
    @Id
    private long sequence;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Enumerated(EnumType.STRING)
    private PriorityStatus status;
    private Integer confidence;
    @Column(name = "owner_id")
    private String ownerId;

    protected StatusChange() {
    }

    StatusChange(String priorityId, long sequence, Instant changedAt, PriorityStatus status, Integer confidence,
                 String ownerId) {
        this.priorityId = priorityId;
        this.sequence = sequence;
        this.changedAt = changedAt;
        this.status = status;
        this.confidence = confidence;
        this.ownerId = ownerId;
    }

    @Override
    public Key getId() {
        return new Key(priorityId, sequence);
    }

    PriorityStatus status() {
        return status;
    }

    Integer confidence() {
        return confidence;
    }

    String ownerId() {
        return ownerId;
    }

    Instant changedAt() {
        return changedAt;
    }

    public record Key(String priorityId, long sequence) implements Serializable {
    }
}
