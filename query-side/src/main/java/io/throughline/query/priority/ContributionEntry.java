package io.throughline.query.priority;

import io.throughline.kernel.priority.Contributions.Contribution;
import io.throughline.kernel.priority.PriorityId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A row of {@code priority_contribution_view}: one priority contributing to another besides its parent. */
@Entity
@Table(name = "priority_contribution_view")
@IdClass(ContributionEntry.Key.class)
public class ContributionEntry {

    @Id
    @Column(name = "priority_id")
    private String priorityId;
    @Id
    @Column(name = "target_priority_id")
    private String targetPriorityId;
    @Column(name = "target_dropped")
    private boolean targetDropped;
    @Column(name = "added_at")
    private Instant addedAt;

    protected ContributionEntry() {
    }

    ContributionEntry(PriorityId priorityId, PriorityId targetPriorityId, boolean targetDropped, Instant addedAt) {
        this.priorityId = priorityId.value();
        this.targetPriorityId = targetPriorityId.value();
        this.targetDropped = targetDropped;
        this.addedAt = addedAt;
    }

    void targetDropped(boolean dropped) {
        targetDropped = dropped;
    }

    public Contribution toView() {
        return new Contribution(new PriorityId(priorityId), new PriorityId(targetPriorityId), targetDropped);
    }

    record Key(String priorityId, String targetPriorityId) implements Serializable {
    }
}
