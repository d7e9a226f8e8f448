package io.throughline.query.progress;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KpiProgressVersionEntryRepository
        extends JpaRepository<KpiProgressVersionEntry, KpiProgressVersionEntry.Key> {
}
