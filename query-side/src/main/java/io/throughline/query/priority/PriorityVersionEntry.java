package io.throughline.query.priority;

import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code priority_version}: a priority's row of {@code priority_view} as it stood from one event until the
 * next ({@link PriorityVersions} reads them as of an instant).
 */
@Entity
@Table(name = "priority_version")
@IdClass(PriorityVersionEntry.Key.class)
public class PriorityVersionEntry {

    @Id
    @Column(name = "priority_id")
    private String priorityId;
    @Id
    private long version;
    @Column(name = "valid_from")
    private Instant validFrom;
    @Column(name = "valid_to")
    private Instant validTo;
    @Column(name = "team_id")
    private String teamId;
    private String quarter;
    private String title;
    private String description;
    @Column(name = "owner_id")
    private String ownerId;
    @Enumerated(EnumType.STRING)
    private PriorityStatus status;
    @Column(name = "status_comment")
    private String statusComment;
    private Integer confidence;
    @Column(name = "success_criterion")
    private String successCriterion;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "parent_priority_id")
    private String parentPriorityId;
    @Column(name = "change_count")
    private int changeCount;
    @Column(name = "assigned_at")
    private Instant assignedAt;
    @Column(name = "reported_at")
    private Instant reportedAt;
    @Column(name = "carried_from_id")
    private String carriedFromId;
    @Column(name = "carried_to_id")
    private String carriedToId;
    @Column(name = "annual_goal_id")
    private String annualGoalId;

    protected PriorityVersionEntry() {
    }

    /** The priority's row as it stands now, valid from the instant of the event that made it. */
    static PriorityVersionEntry of(PriorityEntry priority, Instant validFrom) {
        PriorityView view = priority.toView();
        PriorityVersionEntry entry = new PriorityVersionEntry();
        entry.priorityId = view.id().value();
        entry.version = view.version();
        entry.validFrom = validFrom;
        entry.teamId = view.teamId().value();
        entry.quarter = view.quarter().value();
        entry.title = view.title();
        entry.description = view.description();
        entry.ownerId = view.ownerId().value();
        entry.status = view.status();
        entry.statusComment = view.statusComment();
        entry.confidence = view.confidence();
        entry.successCriterion = view.successCriterion();
        entry.dueDate = view.dueDate();
        entry.parentPriorityId = valueOf(view.parentPriorityId());
        entry.changeCount = priority.changeCount();
        entry.assignedAt = priority.assignedAt();
        entry.reportedAt = priority.reportedAt();
        entry.carriedFromId = valueOf(view.carriedFromId());
        entry.carriedToId = valueOf(view.carriedToId());
        entry.annualGoalId = view.annualGoalId() == null ? null : view.annualGoalId().value();
        return entry;
    }

    void endedAt(Instant instant) {
        validTo = instant;
    }

    public PriorityStatus status() {
        return status;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validTo() {
        return validTo;
    }

    private static String valueOf(PriorityId id) {
        return id == null ? null : id.value();
    }

    record Key(String priorityId, long version) implements Serializable {
    }
}
