package io.throughline.query.metric;

import io.throughline.kernel.metric.MetricValueCorrected;
import io.throughline.query.EventKeyedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code metric_value_correction}: every correction of a KPI value, with the value it replaced, under the
 * sequence number of its event in the KPI's stream. With {@code metric_value}'s recorded_at, it tells the value a period
 * had as known at any instant: the value before the first correction made after it, or the value now.
 */
@Entity
@Table(name = "metric_value_correction")
@IdClass(MetricValueCorrection.Key.class)
public class MetricValueCorrection extends EventKeyedRow<MetricValueCorrection.Key> {

    @Id
    @Column(name = "metric_id")
    private String metricId;
    @Id
    private long sequence;
    private String period;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "value_before")
    private BigDecimal valueBefore;
    @Column(name = "value_after")
    private BigDecimal valueAfter;
    private String reason;
    @Column(name = "corrected_at")
    private Instant correctedAt;
    @Column(name = "corrected_by")
    private String correctedBy;

    protected MetricValueCorrection() {
    }

    MetricValueCorrection(MetricValueCorrected event, long sequence, Instant at, String actor) {
        this.metricId = event.metricId().value();
        this.sequence = sequence;
        this.period = event.period().value();
        this.periodStart = event.period().firstDay();
        this.valueBefore = event.value().before();
        this.valueAfter = event.value().after();
        this.reason = event.reason();
        this.correctedAt = at;
        this.correctedBy = actor;
    }

    BigDecimal valueBefore() {
        return valueBefore;
    }

    BigDecimal valueAfter() {
        return valueAfter;
    }

    Instant correctedAt() {
        return correctedAt;
    }

    @Override
    public Key getId() {
        return new Key(metricId, sequence);
    }

    record Key(String metricId, long sequence) implements Serializable {
    }
}
