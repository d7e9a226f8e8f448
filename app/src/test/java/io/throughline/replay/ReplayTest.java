package io.throughline.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
            "authorities", "access_token", "flyway_schema_history", "event_hash");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    @Test
    void replayingEveryProjectionRebuildsEveryReadModelExactly() {
        recordAHistoryTouchingEveryReadModel();
        Api admin = new Api(port);
        // LIVE alone is not enough: a processor that caught up once is LIVE while the last events are on their way.
        eventually(() -> assertThat(admin.get("/api/admin/projections").body())
                .allSatisfy(projection -> {
                    assertThat(projection.get("status").asText()).isEqualTo("LIVE");
                    assertThat(projection.get("position").asLong()).isEqualTo(projection.get("head").asLong());
                }));
        Map<String, List<String>> before = readModels();
        assertThat(before.keySet()).contains("team_view", "team_member", "priority_view", "plan_view", "metric_view",
                "metric_value", "team_assessment", "audit_entry", "check_in_view", "check_in_note", "commitment_view");
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        for (String projection : List.of("dashboard", "audit")) {
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
                    .containsExactly("audit", "dashboard", "integrity");
            long head = sql.queryForObject("select max(global_index) from domain_event_entry", Long.class);
            assertThat(projections).allSatisfy(projection -> {
                assertThat(projection.get("head").asLong()).isEqualTo(head);
                assertThat(projection.get("position").asLong()).isEqualTo(head);
                assertThat(projection.get("eventsPerSecond").asDouble()).isGreaterThanOrEqualTo(0);
            });
            assertThat(projections).extracting(projection -> projection.get("replayable").asBoolean())
                    .containsExactly(true, true, false);
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

    private void recordAHistoryTouchingEveryReadModel() {
        Api admin = new Api(port);
        String company = admin.company("Replayed", "rita");
        Api rita = admin.as("rita");
        String sales = rita.create("/api/teams", Map.of("name", "Replayed Sales", "parentTeamId", company));
        String ops = rita.create("/api/teams", Map.of("name", "Replayed Ops", "parentTeamId", company));
        ok(rita.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", "sam")));
        ok(rita.post("/api/teams/" + sales + "/members", Map.of("personId", "sue")));
        ok(rita.post("/api/teams/" + sales + "/members", Map.of("personId", "sid")));
        ok(rita.send("DELETE", "/api/teams/" + sales + "/members/sid", null));
        ok(rita.send("PATCH", "/api/teams/" + ops, Map.of("name", "Replayed Operations")));
        ok(rita.post("/api/teams/" + ops + "/parent", Map.of("newParentTeamId", sales)));

        ok(rita.post("/api/teams/" + company + "/plan", Map.of("quarter", "2026-Q4", "outcome", "ARR up 20%",
                "annualGoals", List.of("Enterprise", "Retention"))));
        ok(rita.send("PUT", "/api/teams/" + company + "/plan", Map.of("quarter", "2026-Q4",
                "outcome", "ARR up 25%", "reason", "board asked")));

        String grow = rita.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Grow ARR", "ownerId", "rita"));
        String keep = rita.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Keep customers", "ownerId", "rita"));
        String logos = rita.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Win logos", "ownerId", "sam", "parentPriorityId", grow, "dueDate", "2026-12-15"));
        ok(rita.send("PATCH", "/api/priorities/" + logos, Map.of("title", "Win five logos", "description", "EMEA")));
        ok(rita.post("/api/priorities/" + logos + "/owner", Map.of("newOwnerId", "sue", "reason", "sam moves on")));
        ok(rita.post("/api/priorities/" + logos + "/status", Map.of("status", "AT_RISK", "confidence", 4)));
        ok(rita.post("/api/priorities/" + logos + "/parent", Map.of("newParentPriorityId", keep)));
        ok(rita.post("/api/priorities/" + keep + "/drop", Map.of("reason", "folded into growth")));
        ok(rita.post("/api/priorities/" + keep + "/reinstate", Map.of("reason", "board wants it")));
        ok(rita.post("/api/priorities/" + grow + "/complete", Map.of("comment", "done early")));

        String pipeline = rita.create("/api/metrics", Map.of("teamId", sales, "name", "Pipeline", "unit", "kEUR",
                "target", 500, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "sam"));
        ok(rita.post("/api/metrics/" + pipeline + "/values", Map.of("period", "2026-W46", "value", 410)));
        ok(rita.post("/api/metrics/" + pipeline + "/values", Map.of("period", "2026-W47", "value", 455.5)));
        ok(rita.send("PUT", "/api/metrics/" + pipeline + "/values/2026-W46", Map.of("value", 420, "reason", "late deal")));
        ok(rita.send("PATCH", "/api/metrics/" + pipeline, Map.of("target", 550, "reason", "raised")));
        ok(rita.post("/api/metrics/" + pipeline + "/owner", Map.of("newOwnerId", "sue")));
        String churn = rita.create("/api/metrics", Map.of("teamId", sales, "name", "Churn", "unit", "%",
                "target", 2, "direction", "LOWER_IS_BETTER", "cadence", "MONTHLY", "ownerId", "sam"));
        ok(rita.post("/api/metrics/" + churn + "/retire", Map.of("reason", "measured by finance")));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        ok(rita.post("/api/teams/" + sales + "/huddles", Map.of("date", yesterday, "facilitatorId", "sam",
                "priorityUpdates", List.of(Map.of("priorityId", logos, "status", "OFF_TRACK", "comment", "lost one")),
                "metricUpdates", List.of(Map.of("metricId", pipeline, "period", "2026-W48", "value", 470)),
                "stuck", List.of(Map.of("description", "Pricing sign-off", "ownerId", "sam"),
                        Map.of("description", "CRM access", "ownerId", "sue", "priorityId", logos)),
                "wins", List.of("Renewal signed"))));
        String pricing = eventually(() -> rita.get("/api/teams/" + sales + "/huddles").body().get("openStuckItems"),
                items -> items.size() == 2).get(0).get("itemId").asText();
        ok(rita.post("/api/teams/" + sales + "/huddles/stuck/" + pricing + "/resolve", Map.of("resolution", "approved")));
        ok(rita.post("/api/teams/" + sales + "/huddles", Map.of("date", today, "facilitatorId", "sue")));

        ok(rita.post("/api/teams/" + sales + "/assessments", Map.of("dimension", "TEAM_DYNAMICS", "score", 3.2,
                "respondents", 7, "date", "2026-10-01")));
        ok(rita.post("/api/teams/" + sales + "/assessments", Map.of("dimension", "TEAM_DYNAMICS", "score", 3.9,
                "respondents", 7, "date", "2026-11-20")));

        ok(rita.post("/api/teams/" + sales + "/decision-rights", Map.of("category", "pricing", "holderRole", "LEAD",
                "mode", "DECIDE")));
        ok(rita.send("PUT", "/api/teams/" + sales + "/decision-rights", Map.of("category", "pricing",
                "personId", "sue", "mode", "CONSULT")));
        ok(rita.send("PUT", "/api/teams/" + sales + "/decision-rights", Map.of("category", "pricing",
                "personId", "sue", "mode", "INFORM")));
        ok(rita.post("/api/teams/" + sales + "/decision-rights", Map.of("category", "hiring", "personId", "sue",
                "mode", "DECIDE")));
        ok(rita.send("DELETE", "/api/teams/" + sales + "/decision-rights?category=hiring&personId=sue", null));
        ok(rita.post("/api/teams/" + sales + "/decisions", Map.of("category", "pricing", "title", "Price list",
                "decision", "Prices up 4%", "deciderId", "sam", "consulted", List.of("sue"), "relatedPriorityId", logos)));
        ok(rita.post("/api/teams/" + sales + "/decisions", Map.of("category", "Pricing", "title", "Discounts",
                "decision", "Capped at 10%", "deciderId", "sue")));
        String checkIn = admin.as("sam").create("/api/check-ins", Map.of("personId", "sue", "date", "2026-11-16",
                "phase", "TRACK", "prioritiesReviewed", List.of(logos), "notes", "Needs a second EMEA contact",
                "commitments", List.of(Map.of("text", "Call two partners", "dueDate", "2026-11-23"),
                        Map.of("text", "Draft the deck", "dueDate", "2026-11-30"))));
        ok(admin.as("sue").post("/api/check-ins/" + checkIn + "/commitments/1/complete", null));
        ok(admin.as("sam").post("/api/check-ins/" + checkIn + "/commitments/2/drop", Map.of("reason", "not needed")));
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

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 204);
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
