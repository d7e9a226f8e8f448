package io.throughline.query.priority;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PriorityVersionEntryRepository extends JpaRepository<PriorityVersionEntry, PriorityVersionEntry.Key> {

    List<PriorityVersionEntry> findByPriorityIdOrderByVersionAsc(String priorityId);
}
