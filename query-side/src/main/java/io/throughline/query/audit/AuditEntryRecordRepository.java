package io.throughline.query.audit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AuditEntryRecordRepository extends JpaRepository<AuditEntryRecord, Long>,
        JpaSpecificationExecutor<AuditEntryRecord> {

    List<AuditEntryRecord> findByAggregateIdOrderBySequenceAsc(String aggregateId);

    /** With sequence 0: the first entries of those aggregates, which name the teams they belong to. */
    List<AuditEntryRecord> findByAggregateIdInAndSequence(Collection<String> aggregateIds, long sequence);

    /** Each distinct type, one index probe per type (a loose index scan) rather than a read of every entry. */
    @Query(nativeQuery = true, value = """
            with recursive types(event_type) as (
                select min(event_type) from audit_entry
                union all
                select (select min(a.event_type) from audit_entry a where a.event_type > types.event_type)
                from types where types.event_type is not null)
            select event_type from types where event_type is not null""")
    List<String> findEventTypes();

    @Query("select max(e.globalSequence) from AuditEntryRecord e")
    Optional<Long> findNewestSequence();
}
