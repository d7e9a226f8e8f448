package io.throughline.query;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A read-model row under an id that the event gives it (its position in the log, a metric and period, ...). Spring
 * Data would take such a row for an existing one and merge it: a SELECT before every INSERT. Rows a projection makes
 * are new, rows read back are not; a projection makes one only for an event that always starts a row.
 */
@MappedSuperclass
public abstract class EventKeyedRow<I> implements Persistable<I> {

    @Transient
    private boolean fresh = true;

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }
}
