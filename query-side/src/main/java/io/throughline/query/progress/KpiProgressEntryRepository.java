package io.throughline.query.progress;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

public interface KpiProgressEntryRepository extends JpaRepository<KpiProgressEntry, String> {

    List<KpiProgressEntry> findByPriorityId(String priorityId);

    /**
     * The rows of these KPIs, for a whole batch of events at once. A query of its own rather than
     * {@code findAllById}, which builds a criteria query anew on every call: Hibernate keeps this one's plan.
     */
    @Query("select r from KpiProgressEntry r where r.metricId in :ids")
    List<KpiProgressEntry> findByMetricIdIn(@Param("ids") Collection<String> metricIds);
}
