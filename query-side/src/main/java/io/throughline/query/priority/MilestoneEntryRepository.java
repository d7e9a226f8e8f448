package io.throughline.query.priority;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface MilestoneEntryRepository extends JpaRepository<MilestoneEntry, MilestoneEntry.Key> {

    List<MilestoneEntry> findByPriorityIdOrderByPositionAsc(String priorityId);

    List<MilestoneEntry> findByPriorityIdIn(Collection<String> priorityIds);
}
