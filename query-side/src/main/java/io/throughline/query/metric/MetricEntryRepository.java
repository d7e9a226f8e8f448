package io.throughline.query.metric;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface MetricEntryRepository extends JpaRepository<MetricEntry, String> {

    List<MetricEntry> findByTeamIdAndRetiredFalseOrderByNameAsc(String teamId);

    /** Every KPI the team ever had, retired ones included. */
    List<MetricEntry> findByTeamId(String teamId);

    Page<MetricEntry> findByOwnerIdAndRetiredFalse(String ownerId, Pageable page);
}
