package io.throughline.query.priority;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface PriorityVersionEntryRepository extends JpaRepository<PriorityVersionEntry, PriorityVersionEntry.Key> {

    /** The state that stands now: the one no later event has ended. */
    Optional<PriorityVersionEntry> findFirstByPriorityIdAndValidToIsNull(String priorityId);

    List<PriorityVersionEntry> findByPriorityIdOrderByVersionAsc(String priorityId);
}
