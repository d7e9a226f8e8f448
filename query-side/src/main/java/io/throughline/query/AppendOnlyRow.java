package io.throughline.query;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A read-model row that is written once, under an id the event gives it (its position in the log). Spring Data would
 * take such a row for an existing one and merge it: a SELECT before every INSERT. Rows made by the projection are new,
 * rows read back are not.
 */
@MappedSuperclass
public abstract class AppendOnlyRow<I> implements Persistable<I> {

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
