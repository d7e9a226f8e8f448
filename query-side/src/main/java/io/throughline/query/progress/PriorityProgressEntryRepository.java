package io.throughline.query.progress;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

public interface PriorityProgressEntryRepository extends JpaRepository<PriorityProgressEntry, String> {

    List<PriorityProgressEntry> findByParentPriorityId(String parentPriorityId);

    /**
     * The priorities aligned to these that count in their progress (not dropped), each with its title, in the order
     * they were assigned (as the company roll-up lists them).
     */
    @Query("""
            select new io.throughline.query.progress.AlignedProgress(g.priorityId, g.parentPriorityId, p.title,
                   g.progress, g.weight)
            from PriorityProgressEntry g left join PriorityEntry p on p.priorityId = g.priorityId
            where g.parentPriorityId in :parents
              and g.status <> io.throughline.kernel.priority.PriorityStatus.DROPPED
            order by p.assignedAt, g.priorityId""")
    List<AlignedProgress> findAlignedTo(@Param("parents") Collection<String> parentPriorityIds);

    /**
     * The rows of these priorities, for a whole batch of events at once. A query of its own rather than
     * {@code findAllById}, which builds a criteria query anew on every call: Hibernate keeps this one's plan.
     */
    @Query("select r from PriorityProgressEntry r where r.priorityId in :ids")
    List<PriorityProgressEntry> findByPriorityIdIn(@Param("ids") Collection<String> priorityIds);
}
