package io.throughline.query.progress;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface PriorityProgressEntryRepository extends JpaRepository<PriorityProgressEntry, String> {

    List<PriorityProgressEntry> findByParentPriorityId(String parentPriorityId);

    List<PriorityProgressEntry> findByParentPriorityIdIn(Collection<String> parentPriorityIds);
}
