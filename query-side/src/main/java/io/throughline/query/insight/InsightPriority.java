package io.throughline.query.insight;

import io.throughline.kernel.Change;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.query.EventKeyedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code insight_priority}: a priority's status and owner now, and how often its goalposts moved. Made only by
 * the priority's assignment, which always starts its row.
 */
@Entity
@Table(name = "insight_priority")
public class InsightPriority extends EventKeyedRow<String> {

    @Id
    @Column(name = "priority_id")
    private String priorityId;
    @Column(name = "team_id")
    private String teamId;
    private String quarter;
    @Column(name = "owner_id")
    private String ownerId;
    @Enumerated(EnumType.STRING)
    private PriorityStatus status;
    @Column(name = "due_date_moves")
    private int dueDateMoves;
    @Column(name = "title_changes")
    private int titleChanges;
    @Column(name = "criterion_changes")
    private int criterionChanges;

    protected InsightPriority() {
    }

    InsightPriority(PriorityAssigned event) {
        this.priorityId = event.priorityId().value();
        this.teamId = event.teamId().value();
        this.quarter = event.quarter().value();
        this.ownerId = event.ownerId().value();
        this.status = PriorityStatus.NOT_STARTED;
    }

    /** A due date is moved when one it had changes or goes; setting the first is planning, not a slip. */
    void changed(PriorityChanged event) {
        if (event.dueDate() != null && event.dueDate().before() != null) {
            dueDateMoves++;
        }
        if (event.title() != null) {
            titleChanges++;
        }
        if (event.successCriterion() != null) {
            criterionChanges++;
        }
    }

    void reassigned(String newOwnerId) {
        ownerId = newOwnerId;
    }

    /** The status from now on: a report that confirms the status it had changes nothing. */
    PriorityStatus statusAfter(Change<PriorityStatus> change) {
        status = Change.valueAfter(change, status);
        return status;
    }

    @Override
    public String getId() {
        return priorityId;
    }

    String priorityId() {
        return priorityId;
    }

    String ownerId() {
        return ownerId;
    }

    int dueDateMoves() {
        return dueDateMoves;
    }

    int titleChanges() {
        return titleChanges;
    }

    int criterionChanges() {
        return criterionChanges;
    }
}
