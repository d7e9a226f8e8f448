package io.throughline.query.progress;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

public interface PriorityProgressEntryRepository extends JpaRepository<PriorityProgressEntry, String> {

    List<PriorityProgressEntry> findByParentPriorityId(String parentPriorityId);

    /**
     * The rows of these priorities, for a whole batch of events at once. A query of its own rather than
     * {@code findAllById}, which builds a criteria query anew on every call: Hibernate keeps this one's plan.
     */
    @Query("select r from PriorityProgressEntry r where r.priorityId in :ids")
    List<PriorityProgressEntry> findByPriorityIdIn(@Param("ids") Collection<String> priorityIds);
}
