package io.throughline.query.priority;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ContributionEntryRepository extends JpaRepository<ContributionEntry, ContributionEntry.Key> {

    List<ContributionEntry> findByPriorityIdOrderByAddedAtAsc(String priorityId);

    List<ContributionEntry> findByTargetPriorityIdOrderByAddedAtAsc(String targetPriorityId);
}
