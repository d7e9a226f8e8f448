package io.throughline.query.priority;

import io.throughline.kernel.priority.PriorityId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A row of {@code priority_contribution_span}: a lateral link from when it was made until it was removed. */
@Entity
@Table(name = "priority_contribution_span")
@IdClass(ContributionSpanEntry.Key.class)
public class ContributionSpanEntry {

    @Id
    @Column(name = "priority_id")
    private String priorityId;
    @Id
    @Column(name = "target_priority_id")
    private String targetPriorityId;
    @Id
    @Column(name = "added_at")
    private Instant addedAt;
    @Column(name = "removed_at")
    private Instant removedAt;

    protected ContributionSpanEntry() {
    }

    ContributionSpanEntry(PriorityId priorityId, PriorityId targetPriorityId, Instant addedAt) {
        this.priorityId = priorityId.value();
        this.targetPriorityId = targetPriorityId.value();
        this.addedAt = addedAt;
    }

    void removedAt(Instant instant) {
        removedAt = instant;
    }

    public Instant removedAt() {
        return removedAt;
    }

    record Key(String priorityId, String targetPriorityId, Instant addedAt) implements Serializable {
    }
}
