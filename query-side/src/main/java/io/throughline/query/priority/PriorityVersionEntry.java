package io.throughline.query.priority;

import io.throughline.kernel.priority.PriorityStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

import java.io.Serializable;
import java.time.Instant;

/**
 * A row of {@code priority_version}: a priority's row of {@code priority_view} as it stood from one event until the
 * next ({@link PriorityVersions} reads them as of an instant).
 */
@Entity
@Table(name = "priority_version")
@IdClass(PriorityVersionEntry.Key.class)
public class PriorityVersionEntry extends PriorityColumns implements Persistable<PriorityVersionEntry.Key> {

    @Id
    @Column(name = "priority_id")
    private String priorityId;
    @Id
    private long version;
    @Column(name = "valid_from")
    private Instant validFrom;
    @Column(name = "valid_to")
    private Instant validTo;
    /** A state is written once: saving a new one inserts it, without reading first whether it exists. */
    @Transient
    private boolean fresh = true;

    protected PriorityVersionEntry() {
    }

    /** The priority's row as it stands now, valid from the instant of the event that made it. */
    static PriorityVersionEntry of(PriorityEntry priority, Instant validFrom) {
        PriorityVersionEntry entry = new PriorityVersionEntry();
        entry.priorityId = priority.priorityId();
        entry.version = priority.version();
        entry.validFrom = validFrom;
        entry.copyOf(priority);
        return entry;
    }

    @Override
    public Key getId() {
        return new Key(priorityId, version);
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    String priorityId() {
        return priorityId;
    }

    long version() {
        return version;
    }

    void endedAt(Instant instant) {
        validTo = instant;
    }

    public PriorityStatus status() {
        return status;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validTo() {
        return validTo;
    }

    record Key(String priorityId, long version) implements Serializable {
    }
}
