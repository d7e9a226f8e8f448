package io.throughline.query.plan;

import io.throughline.kernel.Change;
import io.throughline.kernel.plan.AnnualPlan;
import io.throughline.kernel.plan.LastingPlanSet;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** A row of {@code lasting_plan_view}: the parts of one team's plan that outlast its quarters. */
@Entity
@Table(name = "lasting_plan_view")
public class LastingPlanEntry {

    @Id
    @Column(name = "team_id")
    private String teamId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "core_values")
    private List<String> coreValues = List.of();
    private String purpose;
    private String bhag;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "long_range_targets")
    private List<String> longRangeTargets = List.of();
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected LastingPlanEntry() {
    }

    static LastingPlanEntry of(String teamId) {
        LastingPlanEntry entry = new LastingPlanEntry();
        entry.teamId = teamId;
        return entry;
    }

    void set(LastingPlanSet event, Instant at) {
        coreValues = Change.valueAfter(event.coreValues(), coreValues);
        purpose = Change.valueAfter(event.purpose(), purpose);
        bhag = Change.valueAfter(event.bhag(), bhag);
        longRangeTargets = Change.valueAfter(event.longRangeTargets(), longRangeTargets);
        updatedAt = at;
    }

    AnnualPlan.LastingParts toLasting() {
        return new AnnualPlan.LastingParts(coreValues, purpose, bhag, longRangeTargets);
    }
}
