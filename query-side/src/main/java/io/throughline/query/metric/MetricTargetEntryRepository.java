package io.throughline.query.metric;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MetricTargetEntryRepository extends JpaRepository<MetricTargetEntry, MetricTargetEntry.Key> {

    Optional<MetricTargetEntry> findFirstByMetricIdOrderBySequenceDesc(String metricId);

    List<MetricTargetEntry> findByMetricIdInOrderBySequenceAsc(Collection<String> metricIds);
}
