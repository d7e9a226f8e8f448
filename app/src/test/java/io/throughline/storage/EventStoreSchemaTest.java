package io.throughline.storage;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The event store as PostgreSQL sees it: bytea payloads, no large objects, an index that steps by one. */
@ThroughlineIntegrationTest
class EventStoreSchemaTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    @Test
    void payloadsMetadataAndTokensAreByteaNotLargeObjects() {
        List<Map<String, Object>> columns = sql.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where (table_name, column_name) in (('domain_event_entry', 'payload'), ('domain_event_entry', 'meta_data'),
                      ('snapshot_event_entry', 'payload'), ('token_entry', 'token'), ('saga_entry', 'serialized_saga'),
                      ('dead_letter_entry', 'payload'))""");

        assertThat(columns).hasSize(6).allSatisfy(column -> assertThat(column.get("data_type")).as(column.toString()).isEqualTo("bytea"));
    }

    @Test
    void globalIndexStepsByOneAndNothingLandsInLargeObjects() {
        Api admin = new Api(port);
        List<String> written = new ArrayList<>();
        written.add(admin.company("Finance", "fin"));
        Api api = admin.as("fin");
        for (int i = 0; i < 5; i++) {
            written.add(api.create("/api/priorities", Map.of("teamId", written.get(0), "quarter", "2027-Q1",
                    "title", "Close books " + i, "ownerId", "fin")));
        }

        assertThat(sql.queryForObject("select increment_by from pg_sequences where sequencename = 'domain_event_entry_seq'",
                Long.class)).isEqualTo(1L);
        List<Long> indexes = sql.queryForList("select global_index from domain_event_entry "
                + "where aggregate_identifier = any (?) order by global_index", Long.class, (Object) written.toArray(String[]::new));
        // The company's registration and its lead's appointment, then five priorities.
        assertThat(indexes).hasSize(7);
        assertThat(indexes.get(indexes.size() - 1) - indexes.get(0)).as("one after the other, no gaps").isEqualTo(6L);
        assertThat(sql.queryForObject("select count(*) from pg_largeobject_metadata", Long.class)).isZero();
    }

    @Test
    void processorsKeepTheirTokensInPostgres() {
        eventually(() -> assertThat(sql.queryForList("select distinct processor_name from token_entry", String.class))
                .contains("dashboard", "audit"));
    }

    @Test
    void flywayOwnsTheSchema() {
        assertThat(sql.queryForList("select description from flyway_schema_history where success order by installed_rank",
                String.class)).startsWith("axon event store", "read models");
    }
}
