package io.throughline.query.progress;

import io.throughline.kernel.Change;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricDefinitionChanged;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.progress.Measure;
import io.throughline.kernel.progress.Weights;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code kpi_progress_view}: what one KPI contributes to the progress of the priority it is linked to. Only
 * its first and latest values are kept: the default baseline and the reading.
 */
@Entity
@Table(name = "kpi_progress_view")
public class KpiProgressEntry {

    @Id
    @Column(name = "metric_id")
    private String metricId;
    @Column(name = "priority_id")
    private String priorityId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    private BigDecimal target;
    private BigDecimal baseline;
    @Column(name = "first_period_start")
    private LocalDate firstPeriodStart;
    @Column(name = "first_value")
    private BigDecimal firstValue;
    @Column(name = "latest_period_start")
    private LocalDate latestPeriodStart;
    @Column(name = "latest_value")
    private BigDecimal latestValue;
    private BigDecimal weight;
    private boolean retired;
    private BigDecimal contribution;
    @Column(name = "state_version")
    private long stateVersion;

    protected KpiProgressEntry() {
    }

    KpiProgressEntry(MetricDefined event) {
        metricId = event.metricId().value();
        priorityId = event.priorityId() == null ? null : event.priorityId().value();
        name = event.name();
        direction = event.direction();
        target = event.target();
        baseline = event.baseline();
        weight = Weights.orDefault(event.weight());
    }

    void changed(MetricDefinitionChanged event) {
        name = Change.valueAfter(event.name(), name);
        PriorityId linked = Change.valueAfter(event.priorityId(), priorityId == null ? null : new PriorityId(priorityId));
        priorityId = linked == null ? null : linked.value();
        baseline = Change.valueAfter(event.baseline(), baseline);
        weight = Weights.orDefault(Change.valueAfter(event.weight(), weight));
        measure();
    }

    void targetChanged(Change<BigDecimal> newTarget) {
        target = Change.valueAfter(newTarget, target);
        measure();
    }

    /** A value of a period before the first or after the latest moves the baseline or the reading. */
    void recorded(Period period, BigDecimal value) {
        LocalDate start = period.firstDay();
        if (firstPeriodStart == null || start.isBefore(firstPeriodStart)) {
            firstPeriodStart = start;
            firstValue = value;
        }
        if (latestPeriodStart == null || start.isAfter(latestPeriodStart)) {
            latestPeriodStart = start;
            latestValue = value;
        }
        measure();
    }

    void corrected(Period period, BigDecimal value) {
        LocalDate start = period.firstDay();
        if (start.equals(firstPeriodStart)) {
            firstValue = value;
        }
        if (start.equals(latestPeriodStart)) {
            latestValue = value;
        }
        measure();
    }

    void retired() {
        retired = true;
    }

    private void measure() {
        contribution = KpiContribution.of(direction, target, baseline == null ? firstValue : baseline, latestValue);
    }

    /** What a dashboard reads of it: a new one makes a new version. */
    Reading reading() {
        return new Reading(priorityId, name, weight, retired, contribution);
    }

    /** Its reading as it stands now, valid from the instant of the event that made it, as its newest version. */
    KpiProgressVersionEntry newVersion(Instant validFrom) {
        stateVersion++;
        return new KpiProgressVersionEntry(metricId, stateVersion, validFrom, reading());
    }

    String metricId() {
        return metricId;
    }

    String priorityId() {
        return priorityId;
    }

    boolean counts() {
        return !retired;
    }

    BigDecimal contribution() {
        return contribution;
    }

    Measure toMeasure() {
        return Measures.kpi(metricId, name, contribution, weight);
    }

    record Reading(String priorityId, String name, BigDecimal weight, boolean retired, BigDecimal contribution) {
    }
}
