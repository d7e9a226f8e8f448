package io.throughline.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.OrganisationHistory;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Every projection can be rebuilt from the event log, and the rebuilt read models equal the ones kept live. */
@ThroughlineIntegrationTest
class ReplayTest {

    /** Tables that are not projections of the log, or never replayed. Every other table is a read model. */
    static final Set<String> NOT_REPLAYED = Set.of("domain_event_entry", "snapshot_event_entry", "token_entry",
            "saga_entry", "association_value_entry", "dead_letter_entry", "idempotency_record", "users",
            "authorities", "account_password", "person_backfill", "access_token", "flyway_schema_history", "event_hash",
            "notice", "digest_decision", "account_identity", "spring_session", "spring_session_attributes",
            "sign_in_failure", "sign_in_throttled");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    @Test
    void replayingEveryProjectionRebuildsEveryReadModelExactly() {
        OrganisationHistory.touchingEveryReadModel(new Api(port), "rita", "sam", "sue");
        Api admin = new Api(port);
        // LIVE alone is not enough: a processor that caught up once is LIVE while the last events are on their way.
        eventually(() -> assertThat(admin.get("/api/admin/projections").body())
                .allSatisfy(projection -> {
                    assertThat(projection.get("status").asText()).isEqualTo("LIVE");
                    assertThat(projection.get("position").asLong()).isEqualTo(projection.get("head").asLong());
                }));
        Map<String, List<String>> before = readModels();
        assertThat(before.keySet()).contains("team_view", "team_member", "priority_view", "plan_view", "metric_view",
                "metric_value", "team_assessment", "audit_entry", "check_in_view", "check_in_note", "commitment_view", "insight_priority",
                "insight_status_change");
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        for (String projection : List.of("dashboard", "audit", "insights", "nudges")) {
            Api.Response accepted = admin.post("/api/admin/projections/" + projection + "/replay", "");
            assertThat(accepted.status()).isEqualTo(202);
            assertThat(accepted.body().get("name").asText()).isEqualTo(projection);
        }
        eventually(() -> assertThat(admin.get("/api/admin/projections").body())
                .allSatisfy(projection -> {
                    assertThat(projection.get("status").asText()).isEqualTo("LIVE");
                    assertThat(projection.get("position").asLong()).isEqualTo(projection.get("head").asLong());
                    assertThat(projection.get("percentDone").asDouble()).isEqualTo(100.0);
                }));

        assertThat(readModels()).isEqualTo(before);
    }

    @Test
    void listsEveryProcessorWithItsPlaceInTheLog() {
        new Api(port).company("Listed", "lena");
        Api admin = new Api(port);
        eventually(() -> {
            List<JsonNode> projections = list(admin.get("/api/admin/projections").body());
            assertThat(projections).extracting(projection -> projection.get("name").asText())
                    .containsExactly("audit", "dashboard", "insights", "integrity", "notices", "nudges");
            long head = sql.queryForObject("select max(global_index) from domain_event_entry", Long.class);
            assertThat(projections).allSatisfy(projection -> {
                assertThat(projection.get("head").asLong()).isEqualTo(head);
                assertThat(projection.get("position").asLong()).isEqualTo(head);
                assertThat(projection.get("eventsPerSecond").asDouble()).isGreaterThanOrEqualTo(0);
            });
            assertThat(projections).extracting(projection -> projection.get("replayable").asBoolean())
                    .containsExactly(true, true, true, false, false, true);
        });
    }

    @Test
    void theHashChainIsNeverReplayedAndUnknownProjectionsAreNamed() {
        Api admin = new Api(port);
        Api.Response chain = admin.post("/api/admin/projections/integrity/replay", "");
        assertThat(chain.status()).isEqualTo(409);
        assertThat(chain.body().get("detail").asText()).contains("never replayed");

        Api.Response unknown = admin.post("/api/admin/projections/dashbord/replay", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("detail").asText()).contains("dashbord").contains("dashboard");

        assertThat(admin.as("lena").post("/api/admin/projections/dashboard/replay", "").status()).isEqualTo(403);
        assertThat(admin.as("lena").get("/api/admin/projections").status()).isEqualTo(403);
    }

    /** Each read model's rows as JSON text, in a stable order. */
    private Map<String, List<String>> readModels() {
        Map<String, List<String>> tables = new TreeMap<>();
        sql.queryForList("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE'", String.class).stream()
                .filter(table -> !NOT_REPLAYED.contains(table))
                .forEach(table -> tables.put(table, sql.queryForList(
                        "select to_jsonb(t)::text from " + table + " t order by 1", String.class)));
        return tables;
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
