package io.throughline.query.priority;

import io.throughline.kernel.priority.PriorityStatus;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface PriorityEntryRepository extends JpaRepository<PriorityEntry, String> {

    List<PriorityEntry> findByTeamIdOrderByQuarterAscAssignedAtAsc(String teamId);

    List<PriorityEntry> findByTeamIdAndQuarterOrderByAssignedAtAsc(String teamId, String quarter);

    List<PriorityEntry> findByParentPriorityIdOrderByAssignedAtAsc(String parentPriorityId);

    List<PriorityEntry> findByAnnualGoalIdInOrderByQuarterAscAssignedAtAsc(Collection<String> annualGoalIds);

    /** Postgres sorts the priorities without a due date last. */
    List<PriorityEntry> findByOwnerIdAndStatusNotInOrderByDueDateAscAssignedAtAsc(String ownerId,
                                                                                  Collection<PriorityStatus> statuses);
}
