package io.throughline.query.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code metric_value}: one recorded value of one metric for one period. */
@Entity
@Table(name = "metric_value")
@IdClass(MetricValueEntry.Key.class)
public class MetricValueEntry {

    @Id
    @Column(name = "metric_id")
    private String metricId;
    @Id
    private String period;
    @Column(name = "period_start")
    private LocalDate periodStart;
    private BigDecimal value;
    private String note;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected MetricValueEntry() {
    }

    MetricValueEntry(String metricId, String period, LocalDate periodStart, BigDecimal value, String note,
                     Instant recordedAt, String recordedBy) {
        this.metricId = metricId;
        this.period = period;
        this.periodStart = periodStart;
        this.value = value;
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    record Key(String metricId, String period) implements Serializable {
    }
}
