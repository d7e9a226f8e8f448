package io.throughline.query.metric;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface MetricDefinitionVersionRepository
        extends JpaRepository<MetricDefinitionVersion, MetricDefinitionVersion.Key> {

    /** Each KPI's latest version known at the instant; KPIs defined after it have none. */
    @Query("""
            select v from MetricDefinitionVersion v
             where v.metricId in :metricIds and v.knownFrom <= :instant
               and v.sequence = (select max(w.sequence) from MetricDefinitionVersion w
                                  where w.metricId = v.metricId and w.knownFrom <= :instant)""")
    List<MetricDefinitionVersion> knownAt(Collection<String> metricIds, Instant instant);
}
