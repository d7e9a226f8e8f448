package io.throughline.query.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanEntryRepository extends JpaRepository<PlanEntry, PlanEntry.Key> {
}
