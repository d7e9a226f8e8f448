package io.throughline.query.metric;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.team.TeamId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code metric_view}: one per metric, with the value of its most recent period. */
@Entity
@Table(name = "metric_view")
public class MetricEntry {

    @Id
    @Column(name = "metric_id")
    private String metricId;
    @Column(name = "team_id")
    private String teamId;
    private String name;
    private String unit;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    private Cadence cadence;
    private BigDecimal target;
    @Column(name = "owner_id")
    private String ownerId;
    @Column(name = "latest_period")
    private String latestPeriod;
    @Column(name = "latest_period_start")
    private LocalDate latestPeriodStart;
    @Column(name = "latest_value")
    private BigDecimal latestValue;
    @Column(name = "defined_at")
    private Instant definedAt;

    protected MetricEntry() {
    }

    static MetricEntry defined(MetricDefined event, Instant at) {
        MetricEntry entry = new MetricEntry();
        entry.metricId = event.metricId().value();
        entry.teamId = event.teamId().value();
        entry.name = event.name();
        entry.unit = event.unit();
        entry.direction = event.direction();
        entry.cadence = event.cadence();
        entry.target = event.target();
        entry.ownerId = event.ownerId().value();
        entry.definedAt = at;
        return entry;
    }

    /** Values may arrive for any period, late ones included: the latest is the one of the most recent period. */
    void recorded(Period period, BigDecimal value) {
        if (latestPeriodStart == null || !period.firstDay().isBefore(latestPeriodStart)) {
            latestPeriod = period.value();
            latestPeriodStart = period.firstDay();
            latestValue = value;
        }
    }

    public MetricSummary toSummary() {
        return new MetricSummary(new MetricId(metricId), new TeamId(teamId), name, unit, direction, cadence, target,
                new PersonId(ownerId), latestPeriod == null ? null : new Period(latestPeriod), latestValue);
    }
}
