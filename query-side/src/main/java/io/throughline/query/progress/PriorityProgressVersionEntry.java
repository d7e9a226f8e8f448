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
 * A row of {@code priority_progress_version}: a priority's reading of {@code priority_progress_view} from the event
 * that made it until its next version, so that a dashboard as of an instant shows the progress computed then. Written
 * once: inserted without reading first.
 */
@Entity
@Table(name = "priority_progress_version")
@IdClass(PriorityProgressVersionEntry.Key.class)
public class PriorityProgressVersionEntry extends EventKeyedRow<PriorityProgressVersionEntry.Key> {

    @Id
    @Column(name = "priority_id")
    private String priorityId;
    @Id
    private long version;
    @Column(name = "valid_from")
    private Instant validFrom;
    private BigDecimal weight;
    @Column(name = "milestones_weight")
    private BigDecimal milestonesWeight;
    @Column(name = "milestones_done")
    private int milestonesDone;
    @Column(name = "milestones_total")
    private int milestonesTotal;
    private BigDecimal progress;

    protected PriorityProgressVersionEntry() {
    }

    PriorityProgressVersionEntry(String priorityId, long version, Instant validFrom,
                                 PriorityProgressEntry.Reading reading) {
        this.priorityId = priorityId;
        this.version = version;
        this.validFrom = validFrom;
        weight = reading.weight();
        milestonesWeight = reading.milestonesWeight();
        milestonesDone = reading.milestonesDone();
        milestonesTotal = reading.milestonesTotal();
        progress = reading.progress();
    }

    @Override
    public Key getId() {
        return new Key(priorityId, version);
    }

    String priorityId() {
        return priorityId;
    }

    long version() {
        return version;
    }

    Instant validFrom() {
        return validFrom;
    }

    BigDecimal weight() {
        return weight;
    }

    BigDecimal milestonesWeight() {
        return milestonesWeight;
    }

    int milestonesDone() {
        return milestonesDone;
    }

    int milestonesTotal() {
        return milestonesTotal;
    }

    BigDecimal progress() {
        return progress;
    }

    record Key(String priorityId, long version) implements Serializable {
    }
}
