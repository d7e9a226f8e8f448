package io.throughline.query.progress;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface KpiProgressEntryRepository extends JpaRepository<KpiProgressEntry, String> {

    List<KpiProgressEntry> findByPriorityId(String priorityId);

    List<KpiProgressEntry> findByPriorityIdIn(Collection<String> priorityIds);
}
