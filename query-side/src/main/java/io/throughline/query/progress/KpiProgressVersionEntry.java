package io.throughline.query.progress;

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
 * A row of {@code kpi_progress_version}: what a KPI contributed, and to which priority, from the event that made it
 * until its next version, so that a dashboard as of an instant shows the measures behind the progress computed then.
 */
@Entity
@Table(name = "kpi_progress_version")
@IdClass(KpiProgressVersionEntry.Key.class)
public class KpiProgressVersionEntry extends EventKeyedRow<KpiProgressVersionEntry.Key> {

    @Id
    @Column(name = "metric_id")
    private String metricId;
    @Id
    private long version;
    @Column(name = "valid_from")
    private Instant validFrom;
    @Column(name = "priority_id")
    private String priorityId;
    private String name;
    private BigDecimal weight;
    private boolean retired;
    private BigDecimal contribution;

    protected KpiProgressVersionEntry() {
    }

    KpiProgressVersionEntry(String metricId, long version, Instant validFrom, KpiProgressEntry.Reading reading) {
        this.metricId = metricId;
        this.version = version;
        this.validFrom = validFrom;
        priorityId = reading.priorityId();
        name = reading.name();
        weight = reading.weight();
        retired = reading.retired();
        contribution = reading.contribution();
    }

    @Override
    public Key getId() {
        return new Key(metricId, version);
    }

    String metricId() {
        return metricId;
    }

    long version() {
        return version;
    }

    Instant validFrom() {
        return validFrom;
    }

    String priorityId() {
        return priorityId;
    }

    String name() {
        return name;
    }

    BigDecimal weight() {
        return weight;
    }

    boolean retired() {
        return retired;
    }

    BigDecimal contribution() {
        return contribution;
    }

    record Key(String metricId, long version) implements Serializable {
    }
}
