package io.throughline.query.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * A row of {@code milestone_progress_view}: whether a milestone still in a priority's plan is done. Kept apart from
 * {@code milestone_view} because a removal does not say whether the milestone was done, and a projection reads only
 * its own tables.
 */
@Entity
@Table(name = "milestone_progress_view")
@IdClass(MilestoneProgressEntry.Key.class)
public class MilestoneProgressEntry {

    @Id
    @Column(name = "priority_id")
    private String priorityId;
    @Id
    @Column(name = "milestone_id")
    private String milestoneId;
    private boolean done;

    protected MilestoneProgressEntry() {
    }

    MilestoneProgressEntry(String priorityId, String milestoneId) {
        this.priorityId = priorityId;
        this.milestoneId = milestoneId;
    }

    void done() {
        done = true;
    }

    record Key(String priorityId, String milestoneId) implements Serializable {
    }
}
