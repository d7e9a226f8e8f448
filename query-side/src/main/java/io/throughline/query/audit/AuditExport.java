package io.throughline.query.audit;

import io.throughline.kernel.audit.AuditFilter;
import io.throughline.kernel.audit.AuditLogEntry;
import io.throughline.kernel.audit.ReadAuditLog;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The audit log as CSV, newest first, read through the query gateway in chunks: an export of any size never sits in
 * memory whole. Used by the API and by the auditors' page.
 */
public final class AuditExport {

    /** Entries read per query. */
    static final int CHUNK = 1_000;

    private AuditExport() {
    }

    public static void write(QueryGateway queries, AuditFilter filter, OutputStream out) throws IOException {
        try (AuditCsv csv = new AuditCsv(out)) {
            AuditFilter remaining = filter;
            List<AuditLogEntry> chunk;
            do {
                chunk = queries.query(new ReadAuditLog(remaining, CHUNK),
                        ResponseTypes.multipleInstancesOf(AuditLogEntry.class)).join();
                for (AuditLogEntry entry : chunk) {
                    csv.write(entry);
                }
                if (!chunk.isEmpty()) {
                    remaining = remaining.withUpTo(chunk.get(chunk.size() - 1).globalSequence() - 1);
                }
            } while (chunk.size() == CHUNK);
        }
    }
}
