package io.throughline.query.integrity;

import io.throughline.query.EventKeyedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code event_hash}: the chain's link for one event; computed again only when an earlier event came late. */
@Entity
@Table(name = "event_hash")
class EventHash extends EventKeyedRow<Long> {

    @Id
    @Column(name = "global_sequence")
    private long globalSequence;
    private String hash;

    protected EventHash() {
    }

    EventHash(long globalSequence, String hash) {
        this.globalSequence = globalSequence;
        this.hash = hash;
    }

    @Override
    public Long getId() {
        return globalSequence;
    }

    long globalSequence() {
        return globalSequence;
    }

    String hash() {
        return hash;
    }

    void relink(String newHash) {
        this.hash = newHash;
    }
}
