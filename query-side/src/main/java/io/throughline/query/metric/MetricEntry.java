package io.throughline.query.metric;

import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricDefinitionChanged;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricTargetChanged;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.TargetVersion;
import io.throughline.kernel.metric.Thresholds;
import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;
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
    private MetricKind kind;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    private Cadence cadence;
    private BigDecimal target;
    @Column(name = "green_at")
    private BigDecimal greenAt;
    @Column(name = "red_at")
    private BigDecimal redAt;
    @Column(name = "owner_id")
    private String ownerId;
    @Column(name = "priority_id")
    private String priorityId;
    private boolean retired;
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
        entry.kind = event.effectiveKind();
        entry.direction = event.direction();
        entry.cadence = event.cadence();
        entry.target = event.target();
        entry.greenAt = event.thresholds().greenAt();
        entry.redAt = event.thresholds().redAt();
        entry.ownerId = event.ownerId().value();
        entry.priorityId = event.priorityId() == null ? null : event.priorityId().value();
        entry.definedAt = at;
        return entry;
    }

    /**
     * A detached copy of the KPI as it was at some instant: what never changes (team, direction, cadence), with the
     * definition then and its latest value as known then. Never saved: it is read as a scorecard of the past.
     */
    MetricEntry then(String nameThen, String unitThen, MetricKind kindThen, String ownerThen, String priorityThen,
                     boolean retiredThen, Period latest, BigDecimal latestThen) {
        MetricEntry then = new MetricEntry();
        then.metricId = metricId;
        then.teamId = teamId;
        then.direction = direction;
        then.cadence = cadence;
        then.definedAt = definedAt;
        then.name = nameThen;
        then.unit = unitThen;
        then.kind = kindThen;
        then.ownerId = ownerThen;
        then.priorityId = priorityThen;
        then.retired = retiredThen;
        if (latest != null) {
            then.recorded(latest, latestThen);
        }
        return then;
    }

    /**
     * The target and thresholds the KPI has now, as the only version known: for a KPI whose history has not been
     * projected yet (a database from before {@code metric_target}, until the projections are replayed).
     */
    TargetVersion targetNow() {
        return new TargetVersion(definedAt, target, thresholds().greenAt(), thresholds().redAt(), null, null);
    }

    /** Values may arrive for any period, late ones included: the latest is the one of the most recent period. */
    void recorded(Period period, BigDecimal value) {
        if (latestPeriodStart == null || !period.firstDay().isBefore(latestPeriodStart)) {
            latestPeriod = period.value();
            latestPeriodStart = period.firstDay();
            latestValue = value;
        }
    }

    void redefined(MetricDefinitionChanged event) {
        name = Change.valueAfter(event.name(), name);
        unit = Change.valueAfter(event.unit(), unit);
        kind = Change.valueAfter(event.kind(), kind);
        PriorityId priority = Change.valueAfter(event.priorityId(), priorityId == null ? null : new PriorityId(priorityId));
        priorityId = priority == null ? null : priority.value();
    }

    void retargeted(MetricTargetChanged event) {
        target = Change.valueAfter(event.target(), target);
        greenAt = Change.valueAfter(event.greenAt(), greenAt);
        redAt = Change.valueAfter(event.redAt(), redAt);
    }

    void reassigned(PersonId owner) {
        ownerId = owner.value();
    }

    void retire() {
        retired = true;
    }

    String metricId() {
        return metricId;
    }

    public String teamId() {
        return teamId;
    }

    String name() {
        return name;
    }

    String unit() {
        return unit;
    }

    MetricKind kind() {
        return kind;
    }

    Direction direction() {
        return direction;
    }

    Cadence cadence() {
        return cadence;
    }

    BigDecimal target() {
        return target;
    }

    /** Rows projected before thresholds existed have none stored: they follow the default rule. */
    Thresholds thresholds() {
        return greenAt == null || redAt == null ? Thresholds.defaultFor(target, direction) : new Thresholds(greenAt, redAt);
    }

    Instant definedAt() {
        return definedAt;
    }

    String ownerId() {
        return ownerId;
    }

    String priorityId() {
        return priorityId;
    }

    boolean retired() {
        return retired;
    }

    Period latestPeriod() {
        return latestPeriod == null ? null : new Period(latestPeriod);
    }

    BigDecimal latestValue() {
        return latestValue;
    }
}
