package io.throughline.query.audit;

import io.throughline.kernel.audit.AuditEntry;
import io.throughline.kernel.audit.AuditFilter;
import io.throughline.kernel.audit.AuditLogEntry;
import io.throughline.kernel.audit.AuditPage;
import io.throughline.kernel.audit.GetPriorityHistory;
import io.throughline.kernel.audit.ListAuditEventTypes;
import io.throughline.kernel.audit.PriorityHistory;
import io.throughline.kernel.audit.ReadAuditLog;
import io.throughline.kernel.audit.SearchAudit;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Reads the audit trail: one priority's history, the organisation's log filtered, paged or in chunks, and the event
 * types it holds.
 */
@Component
class AuditQueries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "globalSequence");
    private static final Sort OLDEST_FIRST = Sort.by(Sort.Direction.ASC, "globalSequence");

    private final AuditEntryRecordRepository entries;
    private final AuditEntryCounter counter;

    AuditQueries(AuditEntryRecordRepository entries, AuditEntryCounter counter) {
        this.entries = entries;
        this.counter = counter;
    }

    @QueryHandler
    Optional<PriorityHistory> handle(GetPriorityHistory query) {
        List<AuditEntry> history = entries.findByAggregateIdOrderBySequenceAsc(query.priorityId().value()).stream()
                .map(AuditEntryRecord::toEntry).toList();
        return history.isEmpty() ? Optional.empty() : Optional.of(new PriorityHistory(query.priorityId(), history));
    }

    @QueryHandler
    @Transactional(readOnly = true)
    AuditPage handle(SearchAudit query) {
        Long upTo = query.filter().upTo() != null ? query.filter().upTo() : entries.findNewestSequence().orElse(null);
        Specification<AuditEntryRecord> matching = matching(query.filter().withUpTo(upTo));
        PageRequest request = PageRequest.of(query.page(), query.size(),
                query.oldestFirst() ? OLDEST_FIRST : NEWEST_FIRST);
        if (query.countLimit() == 0) {
            Page<AuditEntryRecord> page = entries.findAll(matching, request);
            return new AuditPage(page.map(AuditEntryRecord::toLogEntry).getContent(), query.page(), query.size(),
                    page.getTotalElements(), page.getTotalPages(), upTo, page.hasNext(), false);
        }
        Slice<AuditEntryRecord> slice = entries.findBy(matching, rows -> rows.slice(request));
        long counted = counter.countAtMost(matching, query.countLimit() + 1L);
        boolean capped = counted > query.countLimit();
        long total = capped ? query.countLimit() : counted;
        return new AuditPage(slice.map(AuditEntryRecord::toLogEntry).getContent(), query.page(), query.size(), total,
                (int) ((total + query.size() - 1) / query.size()), upTo, slice.hasNext(), capped);
    }

    @QueryHandler
    List<String> handle(ListAuditEventTypes query) {
        return entries.findEventTypes();
    }

    @QueryHandler
    List<AuditLogEntry> handle(ReadAuditLog query) {
        return entries.findBy(matching(query.filter()), rows -> rows.sortBy(NEWEST_FIRST).limit(query.limit()).all())
                .stream().map(AuditEntryRecord::toLogEntry).toList();
    }

    private static Specification<AuditEntryRecord> matching(AuditFilter filter) {
        return Specification.allOf(
                equal("teamId", filter.teamId() == null ? null : filter.teamId().value()),
                equal("actor", filter.actor()),
                equal("eventType", filter.type()),
                (entry, query, where) -> filter.from() == null ? null
                        : where.greaterThanOrEqualTo(entry.get("occurredAt"), filter.from()),
                (entry, query, where) -> filter.to() == null ? null
                        : where.lessThan(entry.get("occurredAt"), filter.to()),
                (entry, query, where) -> filter.upTo() == null ? null
                        : where.lessThanOrEqualTo(entry.get("globalSequence"), filter.upTo()));
    }

    private static Specification<AuditEntryRecord> equal(String attribute, String value) {
        return (entry, query, where) -> value == null ? null : where.equal(entry.get(attribute), value);
    }
}
