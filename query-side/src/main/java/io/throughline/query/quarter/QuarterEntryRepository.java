package io.throughline.query.quarter;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuarterEntryRepository extends JpaRepository<QuarterEntry, String> {
}
