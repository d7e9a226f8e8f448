package io.throughline.query.metric;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface MetricValueEntryRepository extends JpaRepository<MetricValueEntry, MetricValueEntry.Key> {

    List<MetricValueEntry> findByMetricIdOrderByPeriodStartAsc(String metricId);

    List<MetricValueEntry> findByMetricIdAndPeriodStartGreaterThanEqualOrderByPeriodStartAsc(String metricId, LocalDate from);
}
