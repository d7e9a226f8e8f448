package io.throughline.query.metric;

import io.throughline.kernel.Change;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricTargetChanged;
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

/**
 * A row of {@code metric_target}: one version of a KPI's target and thresholds, under the sequence number of the event
 * that set it in the KPI's stream, in force from {@code effectiveFrom} until the next version.
 */
@Entity
@Table(name = "metric_target")
@IdClass(MetricTargetEntry.Key.class)
public class MetricTargetEntry extends EventKeyedRow<MetricTargetEntry.Key> {

    @Id
    @Column(name = "metric_id")
    private String metricId;
    @Id
    private long sequence;
    @Column(name = "effective_from")
    private Instant effectiveFrom;
    private BigDecimal target;
    @Column(name = "green_at")
    private BigDecimal greenAt;
    @Column(name = "red_at")
    private BigDecimal redAt;
    @Column(name = "changed_by")
    private String changedBy;
    private String reason;

    protected MetricTargetEntry() {
    }

    private MetricTargetEntry(String metricId, long sequence, Instant effectiveFrom, BigDecimal target,
                              BigDecimal greenAt, BigDecimal redAt, String changedBy, String reason) {
        this.metricId = metricId;
        this.sequence = sequence;
        this.effectiveFrom = effectiveFrom;
        this.target = target;
        this.greenAt = greenAt;
        this.redAt = redAt;
        this.changedBy = changedBy;
        this.reason = reason;
    }

    /** The target the KPI was defined with; events stored before thresholds existed take the default ones. */
    static MetricTargetEntry first(MetricDefined event, long sequence, Instant at, String actor) {
        return new MetricTargetEntry(event.metricId().value(), sequence, at, event.target(),
                event.thresholds().greenAt(), event.thresholds().redAt(), actor, null);
    }

    /** This version with what the change names changed: the event carries only what moved. */
    MetricTargetEntry changedBy(MetricTargetChanged event, long sequence, Instant at, String actor) {
        return new MetricTargetEntry(metricId, sequence, at, Change.valueAfter(event.target(), target),
                Change.valueAfter(event.greenAt(), greenAt), Change.valueAfter(event.redAt(), redAt), actor,
                event.reason());
    }

    String metricId() {
        return metricId;
    }

    TargetVersion toVersion() {
        return new TargetVersion(effectiveFrom, target, greenAt, redAt, changedBy, reason);
    }

    @Override
    public Key getId() {
        return new Key(metricId, sequence);
    }

    record Key(String metricId, long sequence) implements Serializable {
    }
}
