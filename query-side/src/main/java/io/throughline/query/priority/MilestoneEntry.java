package io.throughline.query.priority;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.MilestoneAdded;
import io.throughline.kernel.priority.MilestoneChanged;
import io.throughline.kernel.priority.MilestoneId;
import io.throughline.kernel.priority.MilestoneView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code milestone_view}: one milestone of a priority's plan, as it stands now. */
@Entity
@Table(name = "milestone_view")
@IdClass(MilestoneEntry.Key.class)
public class MilestoneEntry {

    @Id
    @Column(name = "priority_id")
    private String priorityId;
    @Id
    @Column(name = "milestone_id")
    private String milestoneId;
    private int position;
    private String title;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "owner_id")
    private String ownerId;
    private boolean done;
    @Column(name = "added_at")
    private Instant addedAt;
    @Column(name = "done_at")
    private Instant doneAt;

    protected MilestoneEntry() {
    }

    MilestoneEntry(MilestoneAdded event, int position, Instant at) {
        this.priorityId = event.priorityId().value();
        this.milestoneId = event.milestoneId().value();
        this.position = position;
        this.title = event.title();
        this.dueDate = event.dueDate();
        this.ownerId = event.ownerId().value();
        this.addedAt = at;
    }

    void changed(MilestoneChanged event) {
        title = Change.valueAfter(event.title(), title);
        dueDate = Change.valueAfter(event.dueDate(), dueDate);
    }

    void completed(Instant at) {
        done = true;
        doneAt = at;
    }

    int position() {
        return position;
    }

    String priorityId() {
        return priorityId;
    }

    boolean done() {
        return done;
    }

    MilestoneView toView() {
        return new MilestoneView(new MilestoneId(milestoneId), position, title, dueDate, new PersonId(ownerId), done);
    }

    record Key(String priorityId, String milestoneId) implements Serializable {
    }
}
