package io.throughline.query.metric;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public interface MetricValueEntryRepository extends JpaRepository<MetricValueEntry, MetricValueEntry.Key>,
        JpaSpecificationExecutor<MetricValueEntry> {

    List<MetricValueEntry> findByMetricIdOrderByPeriodStartAsc(String metricId);

    List<MetricValueEntry> findByMetricIdOrderByPeriodStartDesc(String metricId, Limit limit);

    /**
     * Each metric's values from its own first day on (metric id to day). Metrics sharing a first day share one
     * condition ({@code metric_id in (…) and period_start >= day}): a scorecard's metrics mostly do, so the statement
     * stays a few conditions long however many metrics it reads (one per metric made a thousand-KPI owner's week slow).
     */
    static Specification<MetricValueEntry> shownFrom(Map<String, LocalDate> firstDayByMetric) {
        Map<LocalDate, List<String>> metricsByFirstDay = firstDayByMetric.entrySet().stream().collect(
                Collectors.groupingBy(Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        return (value, query, where) -> where.or(metricsByFirstDay.entrySet().stream()
                .map(day -> where.and(value.get("metricId").in(day.getValue()),
                        where.greaterThanOrEqualTo(value.get("periodStart"), day.getKey())))
                .toArray(Predicate[]::new));
    }
}
