package io.throughline.query.priority;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface ContributionEntryRepository extends JpaRepository<ContributionEntry, ContributionEntry.Key> {

    List<ContributionEntry> findByPriorityIdOrderByAddedAtAsc(String priorityId);

    List<ContributionEntry> findByTargetPriorityIdOrderByAddedAtAsc(String targetPriorityId);

    /** Every link made by a priority of the quarter, oldest first: the roll-up reads them all in one query. */
    @Query("select c from ContributionEntry c where c.priorityId in "
            + "(select p.priorityId from PriorityEntry p where p.quarter = :quarter) order by c.addedAt")
    List<ContributionEntry> findMadeInQuarter(@Param("quarter") String quarter);
}
