package io.throughline.query.metric;

import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.RecordedValue;
import io.throughline.kernel.metric.TargetHistory;
import io.throughline.kernel.metric.TargetVersion;
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

/** A row of {@code metric_value}: the value of one metric for one period, and its first value if corrected since. */
@Entity
@Table(name = "metric_value")
@IdClass(MetricValueEntry.Key.class)
public class MetricValueEntry extends EventKeyedRow<MetricValueEntry.Key> {

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
    @Column(name = "original_value")
    private BigDecimal originalValue;
    @Column(name = "correction_reason")
    private String correctionReason;
    @Column(name = "corrected_at")
    private Instant correctedAt;
    @Column(name = "corrected_by")
    private String correctedBy;

    protected MetricValueEntry() {
    }

    MetricValueEntry(String metricId, Period period, BigDecimal value, String note, Instant recordedAt,
                     String recordedBy) {
        this.metricId = metricId;
        this.period = period.value();
        this.periodStart = period.firstDay();
        this.value = value;
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    @Override
    public Key getId() {
        return new Key(metricId, period);
    }

    /** The first value recorded is kept; later corrections replace only the current one. */
    void corrected(BigDecimal newValue, String reason, Instant at, String by) {
        if (originalValue == null) {
            originalValue = value;
        }
        value = newValue;
        correctionReason = reason;
        correctedAt = at;
        correctedBy = by;
    }

    String metricId() {
        return metricId;
    }

    Period period() {
        return new Period(period);
    }

    BigDecimal value() {
        return value;
    }

    LocalDate periodStart() {
        return periodStart;
    }

    String note() {
        return note;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }

    BigDecimal originalValue() {
        return originalValue;
    }

    String correctionReason() {
        return correctionReason;
    }

    Instant correctedAt() {
        return correctedAt;
    }

    String correctedBy() {
        return correctedBy;
    }

    /** The value with the target it is judged against: the one in force at the end of its period. */
    RecordedValue toRecordedValue(TargetHistory targets) {
        TargetVersion then = targets.inForceAtEndOf(period());
        return new RecordedValue(period(), value, note, recordedAt, recordedBy, originalValue != null, originalValue,
                correctionReason, correctedAt, correctedBy, then.target(), then.greenAt(), then.redAt(),
                then.thresholds().colourOf(value, targets.direction()));
    }

    record Key(String metricId, String period) implements Serializable {
    }
}
