package io.throughline.query.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LastingPlanEntryRepository extends JpaRepository<LastingPlanEntry, String> {
}
