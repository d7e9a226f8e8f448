package io.throughline.query.priority;

import io.throughline.kernel.priority.PriorityStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

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

    /**
     * The rows of these priorities, for a whole batch of events at once. A query of its own rather than
     * {@code findAllById}, which builds a criteria query anew on every call: Hibernate keeps this one's plan.
     */
    @Query("select r from PriorityEntry r where r.priorityId in :ids")
    List<PriorityEntry> findByPriorityIdIn(@Param("ids") Collection<String> priorityIds);
}
