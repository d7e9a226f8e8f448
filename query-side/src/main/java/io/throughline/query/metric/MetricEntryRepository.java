package io.throughline.query.metric;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

public interface MetricEntryRepository extends JpaRepository<MetricEntry, String> {

    List<MetricEntry> findByTeamIdAndRetiredFalseOrderByNameAsc(String teamId);

    /** Every KPI the team ever had, retired ones included. */
    List<MetricEntry> findByTeamId(String teamId);

    Page<MetricEntry> findByOwnerIdAndRetiredFalse(String ownerId, Pageable page);

    /**
     * The rows of these KPIs, for a whole batch of events at once. A query of its own rather than
     * {@code findAllById}, which builds a criteria query anew on every call: Hibernate keeps this one's plan.
     */
    @Query("select r from MetricEntry r where r.metricId in :ids")
    List<MetricEntry> findByMetricIdIn(@Param("ids") Collection<String> metricIds);
}
