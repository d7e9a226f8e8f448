package io.throughline.query.metric;

import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.Period;
import io.throughline.query.EventKeyedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of {@code metric_definition_version}: what a KPI was (name, unit, kind, owner, priority, retired) from the
 * event that made it so, under that event's sequence number in the KPI's stream, until the next version. Its team,
 * direction and cadence never change: {@code metric_view} has them.
 */
@Entity
@Table(name = "metric_definition_version")
@IdClass(MetricDefinitionVersion.Key.class)
public class MetricDefinitionVersion extends EventKeyedRow<MetricDefinitionVersion.Key> {

    @Id
    @Column(name = "metric_id")
    private String metricId;
    @Id
    private long sequence;
    @Column(name = "known_from")
    private Instant knownFrom;
    private String name;
    private String unit;
    @Enumerated(EnumType.STRING)
    private MetricKind kind;
    @Column(name = "owner_id")
    private String ownerId;
    @Column(name = "priority_id")
    private String priorityId;
    private boolean retired;

    protected MetricDefinitionVersion() {
    }

    /** The KPI as it stands once the event at {@code sequence} is applied to it. */
    static MetricDefinitionVersion of(MetricEntry metric, long sequence, Instant at) {
        MetricDefinitionVersion version = new MetricDefinitionVersion();
        version.metricId = metric.metricId();
        version.sequence = sequence;
        version.knownFrom = at;
        version.name = metric.name();
        version.unit = metric.unit();
        version.kind = metric.kind();
        version.ownerId = metric.ownerId();
        version.priorityId = metric.priorityId();
        version.retired = metric.retired();
        return version;
    }

    String metricId() {
        return metricId;
    }

    boolean retired() {
        return retired;
    }

    /**
     * The KPI as this version had it, with what never changes taken from {@code metric} and the latest value known
     * then: a detached copy, never saved.
     */
    MetricEntry applyTo(MetricEntry metric, Period latest, BigDecimal latestThen) {
        return metric.then(name, unit, kind, ownerId, priorityId, retired, latest, latestThen);
    }

    @Override
    public Key getId() {
        return new Key(metricId, sequence);
    }

    record Key(String metricId, long sequence) implements Serializable {
    }
}
