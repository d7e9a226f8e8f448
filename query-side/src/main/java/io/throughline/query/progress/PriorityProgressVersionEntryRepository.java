package io.throughline.query.progress;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorityProgressVersionEntryRepository
        extends JpaRepository<PriorityProgressVersionEntry, PriorityProgressVersionEntry.Key> {
}
