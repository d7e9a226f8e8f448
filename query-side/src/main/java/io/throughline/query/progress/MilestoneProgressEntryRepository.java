package io.throughline.query.progress;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneProgressEntryRepository
        extends JpaRepository<MilestoneProgressEntry, MilestoneProgressEntry.Key> {

    long countByPriorityId(String priorityId);

    long countByPriorityIdAndDoneTrue(String priorityId);
}
