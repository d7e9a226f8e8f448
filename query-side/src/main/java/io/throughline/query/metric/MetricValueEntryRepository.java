package io.throughline.query.metric;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MetricValueEntryRepository extends JpaRepository<MetricValueEntry, MetricValueEntry.Key> {
}
