package io.throughline.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.kernel.audit.AuditLogEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Appends entries with one batched INSERT, which the driver (reWriteBatchedInserts) sends as multi-row statements, on
 * the connection of the processor's transaction: the entries commit with its token. Writes the rows Hibernate wrote
 * for {@link AuditEntryRecord} (the changes as the same JSON), without the persistence context's per-entity work.
 * The table name is unqualified, so that the consistency check's temporary copy receives a fold's entries.
 */
@Component
class JdbcAuditTrailWriter implements AuditTrailWriter {

    private static final String INSERT = """
            insert into audit_entry (global_sequence, aggregate_type, aggregate_id, team_id, sequence, event_type,
                                     actor, occurred_at, reason, changes, huddle_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""";
    /** As Hibernate's JSON mapping writes the changes: a plain mapper, nulls kept. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate sql;

    JdbcAuditTrailWriter(JdbcTemplate sql) {
        this.sql = sql;
    }

    @Override
    public void append(List<AuditEntryRecord> entries) {
        sql.batchUpdate(INSERT, entries, entries.size(), (statement, row) -> bind(statement, row));
    }

    private static void bind(PreparedStatement statement, AuditEntryRecord row) throws SQLException {
        AuditLogEntry entry = row.toLogEntry();
        statement.setLong(1, entry.globalSequence());
        statement.setString(2, entry.aggregateType());
        statement.setString(3, entry.aggregateId());
        statement.setString(4, entry.teamId());
        statement.setLong(5, row.sequence());
        statement.setString(6, entry.type());
        statement.setString(7, entry.actor());
        statement.setObject(8, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
        statement.setString(9, entry.reason());
        statement.setString(10, json(entry));
        statement.setString(11, entry.huddleId());
    }

    private static String json(AuditLogEntry entry) {
        try {
            return JSON.writeValueAsString(entry.changes());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the changes of event " + entry.globalSequence(), e);
        }
    }
}
