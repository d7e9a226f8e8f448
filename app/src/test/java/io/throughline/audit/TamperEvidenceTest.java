package io.throughline.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.EventLog;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event log cannot be edited through the database, and an edit made behind its back is found. */
@ThroughlineIntegrationTest
@DirtiesContext // it tampers with the log of its database
class TamperEvidenceTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    Api auditor;
    String priority;

    @BeforeEach
    void history() {
        Api admin = new Api(port);
        String company = admin.company("Tamper Proof", "maria");
        Api maria = admin.as("maria");
        priority = maria.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Grow ARR by 20%", "ownerId", "maria"));
        assertThat(maria.send("PATCH", "/api/priorities/" + priority, Map.of("reason", "plans moved", "title", "Grow ARR by 25%")).status())
                .isEqualTo(200);
        assertThat(maria.post("/api/priorities/" + priority + "/status", Map.of("status", "ON_TRACK")).status())
                .isEqualTo(200);
        auditor = admin.as("ada", "AUDITOR");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEvents() {
        assertThatThrownBy(() -> sql.update("update domain_event_entry set payload = '\\x7b7d' where aggregate_identifier = ?",
                priority)).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only: UPDATE");
        assertThatThrownBy(() -> sql.update("delete from domain_event_entry where aggregate_identifier = ?", priority))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only: DELETE");
        assertThatThrownBy(() -> sql.execute("truncate domain_event_entry"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only: TRUNCATE");
        assertThat(new EventLog(sql).eventsOf(priority)).isEqualTo(3);
    }

    @Test
    void verificationFindsTheFirstEventAlteredOrRemovedBehindTheTriggersBack() {
        long events = new EventLog(sql).allEvents();
        eventually(() -> assertThat(verify().get("verified").asLong()).isEqualTo(events));
        assertThat(verify().get("firstBrokenAt").isNull()).isTrue();

        long assigned = globalIndexOf(priority, 0);
        long statusReported = globalIndexOf(priority, 2);
        behindTheTriggersBack("delete from domain_event_entry where global_index = " + statusReported);
        assertThat(verify().get("firstBrokenAt").asLong()).as("a removed event").isEqualTo(statusReported);

        behindTheTriggersBack("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'Grow ARR by 20%', 'Grow ARR by 2%'), 'UTF8') where global_index = " + assigned);
        JsonNode verification = verify();
        assertThat(verification.get("firstBrokenAt").asLong()).as("an altered payload").isEqualTo(assigned);
        assertThat(verification.get("verified").asLong())
                .isEqualTo(sql.queryForObject("select count(*) from domain_event_entry where global_index < ?", Long.class,
                        assigned));
    }

    private JsonNode verify() {
        Api.Response verification = auditor.get("/api/audit/verify");
        assertThat(verification.status()).isEqualTo(200);
        return verification.body();
    }

    private long globalIndexOf(String aggregateId, long sequence) {
        return sql.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = ?", Long.class, aggregateId, sequence);
    }

    private void behindTheTriggersBack(String statement) {
        sql.execute("alter table domain_event_entry disable trigger domain_event_entry_append_only");
        try {
            assertThat(sql.update(statement)).isEqualTo(1);
        } finally {
            sql.execute("alter table domain_event_entry enable trigger domain_event_entry_append_only");
        }
    }
}
