package io.throughline.query.priority;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface ContributionSpanEntryRepository extends JpaRepository<ContributionSpanEntry, ContributionSpanEntry.Key> {

    /** The span of a link that stands now. */
    Optional<ContributionSpanEntry> findFirstByPriorityIdAndTargetPriorityIdAndRemovedAtIsNull(String priorityId,
                                                                                              String targetPriorityId);
}
