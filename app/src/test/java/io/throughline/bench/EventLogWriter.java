package io.throughline.bench;

import io.throughline.kernel.AuditMetadata;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Appends events straight to domain_event_entry, as Axon's JPA storage would store them (the service's event
 * serializer, its timestamp format, the global index from the same sequence), in JDBC batches rewritten into
 * multi-row inserts, committing every {@value #COMMIT_EVERY} events. The metadata names the actor "bench", as a
 * command sent by that user would, so that the audit trail and the hash chain take them like any other event.
 * <p>
 * Only for seeding a benchmark's history: no aggregate is loaded, so nothing checks that the events make sense.
 */
final class EventLogWriter implements AutoCloseable {

    static final String ACTOR = "bench";
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 20_000;

    private final Connection connection;
    private final PreparedStatement insert;
    private final Serializer serializer;
    private final byte[] metadata;
    private int batched;
    private int uncommitted;
    private long appended;

    EventLogWriter(BenchService service) throws SQLException {
        this.connection = service.connect("reWriteBatchedInserts=true");
        this.connection.setAutoCommit(false);
        this.insert = connection.prepareStatement("insert into domain_event_entry (global_index, aggregate_identifier, "
                + "sequence_number, type, event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp) "
                + "values (nextval('domain_event_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.serializer = service.eventSerializer();
        this.metadata = serializer.serialize(MetaData.with(AuditMetadata.ACTOR, ACTOR), byte[].class).getData();
    }

    void append(String aggregateType, String aggregateId, long sequence, Object payload, Instant at) throws SQLException {
        SerializedObject<byte[]> serialized = serializer.serialize(payload, byte[].class);
        insert.setString(1, aggregateId);
        insert.setLong(2, sequence);
        insert.setString(3, aggregateType);
        insert.setString(4, UUID.randomUUID().toString());
        insert.setString(5, serialized.getType().getName());
        insert.setString(6, serialized.getType().getRevision());
        insert.setBytes(7, serialized.getData());
        insert.setBytes(8, metadata);
        insert.setString(9, DateTimeUtils.formatInstant(at));
        insert.addBatch();
        appended++;
        if (++batched == BATCH) {
            flush();
        }
        if (uncommitted >= COMMIT_EVERY) {
            connection.commit();
            uncommitted = 0;
        }
    }

    private void flush() throws SQLException {
        if (batched > 0) {
            insert.executeBatch();
            uncommitted += batched;
            batched = 0;
        }
    }

    long appended() {
        return appended;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
            connection.commit();
        } finally {
            connection.close();
        }
    }
}
