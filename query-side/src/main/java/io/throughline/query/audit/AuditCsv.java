package io.throughline.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.throughline.kernel.audit.AuditLogEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes audit log entries as CSV rows, one per event, with a header; {@code changes} is a JSON object in one cell. */
final class AuditCsv implements AutoCloseable {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SequenceWriter rows;

    AuditCsv(OutputStream out) throws IOException {
        this.rows = CSV.writer(SCHEMA).writeValues(out);
    }

    void write(AuditLogEntry entry) throws IOException {
        rows.write(new Row(entry.globalSequence(), entry.aggregateType(), entry.aggregateId(), entry.teamId(),
                entry.type(), entry.actor(), entry.at().toString(), entry.reason(), json(entry), entry.huddleId()));
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    private static String json(AuditLogEntry entry) {
        try {
            return JSON.writeValueAsString(entry.changes());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"globalSequence", "aggregateType", "aggregateId", "teamId",
            "type", "actor", "at", "reason", "changes", "huddleId"})
    record Row(long globalSequence, String aggregateType, String aggregateId, String teamId, String type, String actor,
               String at, String reason, String changes, String huddleId) {
    }
}
