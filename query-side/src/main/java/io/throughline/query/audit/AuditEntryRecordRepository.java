package io.throughline.query.audit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface AuditEntryRecordRepository extends JpaRepository<AuditEntryRecord, Long>,
        JpaSpecificationExecutor<AuditEntryRecord> {

    List<AuditEntryRecord> findByAggregateIdOrderBySequenceAsc(String aggregateId);

    /** The team of an aggregate, as its first event named it. */
    @Query("select e.teamId from AuditEntryRecord e where e.aggregateId = ?1 and e.sequence = 0")
    Optional<String> findTeamOfAggregate(String aggregateId);

    @Query("select max(e.globalSequence) from AuditEntryRecord e")
    Optional<Long> findNewestSequence();
}
