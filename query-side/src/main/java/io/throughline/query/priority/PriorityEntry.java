package io.throughline.query.priority;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityAnnualGoalChanged;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityCarriedOver;
import io.throughline.kernel.priority.PriorityContinued;
import io.throughline.kernel.priority.PriorityMissed;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityRealigned;
import io.throughline.kernel.priority.PriorityReassigned;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code priority_view}: one per priority, as it stands now. */
@Entity
@Table(name = "priority_view")
public class PriorityEntry extends PriorityColumns {

    @Id
    @Column(name = "priority_id")
    private String priorityId;
    private boolean orphaned;
    private long version;
    @Column(name = "updated_at")
    private Instant updatedAt;
    /** The version of its newest state in {@code priority_version}, so the next change finds it by its key. */
    @Column(name = "state_version")
    private Long stateVersion;

    protected PriorityEntry() {
    }

    static PriorityEntry assigned(PriorityAssigned event, long version, Instant at) {
        PriorityEntry entry = new PriorityEntry();
        entry.priorityId = event.priorityId().value();
        entry.teamId = event.teamId().value();
        entry.quarter = event.quarter().value();
        entry.title = event.title();
        entry.ownerId = event.ownerId().value();
        entry.status = PriorityStatus.NOT_STARTED;
        entry.successCriterion = event.successCriterion();
        entry.dueDate = event.dueDate();
        entry.parentPriorityId = event.parentPriorityId() == null ? null : event.parentPriorityId().value();
        entry.annualGoalId = event.annualGoalId() == null ? null : event.annualGoalId().value();
        entry.version = version;
        entry.assignedAt = at;
        entry.updatedAt = at;
        return entry;
    }

    /**
     * Applies any event of the priority after its first: the one place that says what each does to the row, for the
     * projection and for folding the priority as of a past instant. The orphan flag depends on another priority and is
     * settled by the caller.
     */
    void apply(Object event, Instant at) {
        if (event instanceof PriorityChanged changed) {
            changed(changed);
        } else if (event instanceof PriorityReassigned reassigned) {
            reassigned(reassigned.ownerId().after());
        } else if (event instanceof PriorityStatusUpdated reported) {
            reported(reported.status(), reported.comment(), reported.confidence());
            reportedAt = at;
        } else if (event instanceof PriorityCompleted completed) {
            reported(completed.status(), completed.comment(), null);
        } else if (event instanceof PriorityDropped dropped) {
            reported(dropped.status(), dropped.reason(), null);
        } else if (event instanceof PriorityMissed missed) {
            reported(missed.status(), missed.reflection(), null);
        } else if (event instanceof PriorityCarriedOver carried) {
            reported(carried.status(), null, null);
            carriedToId = carried.successorId().value();
        } else if (event instanceof PriorityContinued continued) {
            carriedFromId = continued.carriedFromId().value();
        } else if (event instanceof PriorityReinstated reinstated) {
            reported(reinstated.status(), reinstated.reason(), null);
        } else if (event instanceof PriorityRealigned realigned) {
            realigned(realigned.parentPriorityId().after());
        } else if (event instanceof PriorityAnnualGoalChanged served) {
            AnnualGoalId goal = served.annualGoalId().after();
            annualGoalId = goal == null ? null : goal.value();
        }
    }

    private void changed(PriorityChanged event) {
        title = Change.valueAfter(event.title(), title);
        description = Change.valueAfter(event.description(), description);
        successCriterion = Change.valueAfter(event.successCriterion(), successCriterion);
        dueDate = Change.valueAfter(event.dueDate(), dueDate);
        changeCount++;
    }

    private void reassigned(PersonId owner) {
        ownerId = owner.value();
        changeCount++;
    }

    /** A status report, completion, drop or reinstatement: the new status and what was said with it. */
    private void reported(Change<PriorityStatus> newStatus, String comment, Integer newConfidence) {
        status = Change.valueAfter(newStatus, status);
        statusComment = comment;
        confidence = newConfidence;
    }

    private void realigned(PriorityId newParent) {
        parentPriorityId = newParent == null ? null : newParent.value();
        changeCount++;
    }

    void orphaned(boolean parentDropped) {
        orphaned = parentDropped;
    }

    boolean isDropped() {
        return status == PriorityStatus.DROPPED;
    }

    void touched(long newVersion, Instant at) {
        version = newVersion;
        updatedAt = at;
    }

    Long stateVersion() {
        return stateVersion;
    }

    void stateRecorded() {
        stateVersion = version;
    }

    String priorityId() {
        return priorityId;
    }

    long version() {
        return version;
    }

    public String teamId() {
        return teamId;
    }

    public int changeCount() {
        return changeCount;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public PriorityView toView() {
        return new PriorityView(new PriorityId(priorityId), new TeamId(teamId), new Quarter(quarter), title, description,
                new PersonId(ownerId), status, statusComment, confidence, successCriterion, dueDate,
                parentPriorityId == null ? null : new PriorityId(parentPriorityId), orphaned, version,
                carriedFromId == null ? null : new PriorityId(carriedFromId),
                carriedToId == null ? null : new PriorityId(carriedToId),
                annualGoalId == null ? null : new AnnualGoalId(annualGoalId));
    }
}
