package io.throughline.query.metric;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public interface MetricValueEntryRepository extends JpaRepository<MetricValueEntry, MetricValueEntry.Key>,
        JpaSpecificationExecutor<MetricValueEntry> {

    List<MetricValueEntry> findByMetricIdOrderByPeriodStartAsc(String metricId);

    /** Each metric's values from its own first day on (metric id to day): one index range scan per metric. */
    static Specification<MetricValueEntry> shownFrom(Map<String, LocalDate> firstDayByMetric) {
        return (value, query, where) -> where.or(firstDayByMetric.entrySet().stream()
                .map(metric -> where.and(where.equal(value.get("metricId"), metric.getKey()),
                        where.greaterThanOrEqualTo(value.get("periodStart"), metric.getValue())))
                .toArray(Predicate[]::new));
    }
}
