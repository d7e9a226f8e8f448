package io.throughline.query.priority;

import io.throughline.kernel.priority.PriorityStatus;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a priority is at one moment: the columns its row in {@code priority_view} and each of its past states in
 * {@code priority_version} share, so that a state is a copy of the row, column for column.
 */
@MappedSuperclass
abstract class PriorityColumns {

    @Column(name = "team_id")
    String teamId;
    String quarter;
    String title;
    String description;
    @Column(name = "owner_id")
    String ownerId;
    @Enumerated(EnumType.STRING)
    PriorityStatus status;
    @Column(name = "status_comment")
    String statusComment;
    Integer confidence;
    @Column(name = "success_criterion")
    String successCriterion;
    @Column(name = "due_date")
    LocalDate dueDate;
    @Column(name = "parent_priority_id")
    String parentPriorityId;
    /** Changes, reassignments and realignments so far: the churn the company dashboard reports. */
    @Column(name = "change_count")
    int changeCount;
    @Column(name = "assigned_at")
    Instant assignedAt;
    /** When its owner last reported a status: how fresh the word on it is. Null before the first report. */
    @Column(name = "reported_at")
    Instant reportedAt;
    /** The previous quarter's priority this one continues (PriorityContinued). */
    @Column(name = "carried_from_id")
    String carriedFromId;
    /** The next quarter's priority that continues this one (PriorityCarriedOver). */
    @Column(name = "carried_to_id")
    String carriedToId;
    /** The annual goal of its year it serves (PriorityAssigned, PriorityAnnualGoalChanged). */
    @Column(name = "annual_goal_id")
    String annualGoalId;

    /** Takes every column of the other, as it stands. */
    void copyOf(PriorityColumns other) {
        teamId = other.teamId;
        quarter = other.quarter;
        title = other.title;
        description = other.description;
        ownerId = other.ownerId;
        status = other.status;
        statusComment = other.statusComment;
        confidence = other.confidence;
        successCriterion = other.successCriterion;
        dueDate = other.dueDate;
        parentPriorityId = other.parentPriorityId;
        changeCount = other.changeCount;
        assignedAt = other.assignedAt;
        reportedAt = other.reportedAt;
        carriedFromId = other.carriedFromId;
        carriedToId = other.carriedToId;
        annualGoalId = other.annualGoalId;
    }
}
