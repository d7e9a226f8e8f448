package io.throughline.query.plan;

import io.throughline.kernel.Change;
import io.throughline.kernel.plan.AnnualGoalChanged;
import io.throughline.kernel.plan.AnnualGoalDefined;
import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.plan.AnnualGoalRetired;
import io.throughline.kernel.plan.AnnualPlan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A row of {@code annual_goal_view}: one goal of a team's year. */
@Entity
@Table(name = "annual_goal_view")
public class AnnualGoalEntry {

    @Id
    @Column(name = "goal_id")
    private String goalId;
    @Column(name = "team_id")
    private String teamId;
    private int year;
    private String title;
    private String description;
    private boolean retired;
    @Column(name = "retire_reason")
    private String retireReason;
    @Column(name = "defined_at")
    private Instant definedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected AnnualGoalEntry() {
    }

    static AnnualGoalEntry defined(AnnualGoalDefined event, Instant at) {
        AnnualGoalEntry entry = new AnnualGoalEntry();
        entry.goalId = event.goalId().value();
        entry.teamId = event.teamId().value();
        entry.year = event.year();
        entry.title = event.title();
        entry.description = event.description();
        entry.definedAt = at;
        entry.updatedAt = at;
        return entry;
    }

    void changed(AnnualGoalChanged event, Instant at) {
        title = Change.valueAfter(event.title(), title);
        description = Change.valueAfter(event.description(), description);
        updatedAt = at;
    }

    void retired(AnnualGoalRetired event, Instant at) {
        retired = true;
        retireReason = event.reason();
        updatedAt = at;
    }

    String goalId() {
        return goalId;
    }

    AnnualPlan.AnnualGoal toGoal(List<AnnualPlan.ServingPriority> servedBy) {
        return new AnnualPlan.AnnualGoal(new AnnualGoalId(goalId), title, description, retired, retireReason, servedBy);
    }
}
