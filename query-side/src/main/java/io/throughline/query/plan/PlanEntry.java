package io.throughline.query.plan;

import io.throughline.kernel.Change;
import io.throughline.kernel.plan.PlanFramed;
import io.throughline.kernel.plan.PlanReframed;
import io.throughline.kernel.plan.TeamPlan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A row of {@code plan_view}: the framing of one team's One Page Plan for one quarter. */
@Entity
@Table(name = "plan_view")
@IdClass(PlanEntry.Key.class)
public class PlanEntry {

    @Id
    @Column(name = "team_id")
    private String teamId;
    @Id
    private String quarter;
    private String purpose;
    private String outcome;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "annual_goals")
    private List<String> annualGoals;
    @Column(name = "framed_at")
    private Instant framedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PlanEntry() {
    }

    static PlanEntry framed(PlanFramed event, Instant at) {
        PlanEntry entry = new PlanEntry();
        entry.teamId = event.teamId().value();
        entry.quarter = event.quarter().value();
        entry.purpose = event.purpose();
        entry.outcome = event.outcome();
        entry.annualGoals = event.annualGoals();
        entry.framedAt = at;
        entry.updatedAt = at;
        return entry;
    }

    void reframed(PlanReframed event, Instant at) {
        purpose = Change.valueAfter(event.purpose(), purpose);
        outcome = Change.valueAfter(event.outcome(), outcome);
        annualGoals = Change.valueAfter(event.annualGoals(), annualGoals);
        updatedAt = at;
    }

    TeamPlan.Framing toFraming() {
        return new TeamPlan.Framing(purpose, outcome, annualGoals);
    }

    record Key(String teamId, String quarter) implements Serializable {
    }
}
