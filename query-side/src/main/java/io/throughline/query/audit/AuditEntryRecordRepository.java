package io.throughline.query.audit;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AuditEntryRecordRepository extends JpaRepository<AuditEntryRecord, Long> {

    List<AuditEntryRecord> findByAggregateIdOrderBySequenceAsc(String aggregateId);
}
