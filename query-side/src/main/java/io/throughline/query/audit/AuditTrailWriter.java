package io.throughline.query.audit;

import java.util.List;

/** Where the audit trail's new entries go: a batch of events' entries at once, in the order of the log. */
@FunctionalInterface
interface AuditTrailWriter {

    void append(List<AuditEntryRecord> entries);
}
