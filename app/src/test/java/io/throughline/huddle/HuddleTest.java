package io.throughline.huddle;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.support.Api;
import io.throughline.support.EventLog;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The weekly huddle over HTTP: its updates land like a leader's own, all or nothing, and its stuck items roll on. */
@ThroughlineIntegrationTest
class HuddleTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    Api admin;
    Api dana;
    String company;
    String sales;
    String logos;
    String renewals;
    String pipeline;

    @BeforeEach
    void team() {
        int n = UNIQUE.incrementAndGet();
        admin = new Api(port);
        company = admin.company("Huddling " + n, "hugo");
        Api hugo = admin.as("hugo");
        admin.people("dana", "eli", "stranger");
        sales = hugo.create("/api/teams", Map.of("name", "Huddling Sales " + n, "parentTeamId", company));
        ok(hugo.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", "dana")));
        ok(hugo.post("/api/teams/" + sales + "/members", Map.of("personId", "eli")));
        dana = admin.as("dana");
        logos = dana.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4", "title", "Win logos",
                "ownerId", "eli"));
        renewals = dana.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4", "title", "Renewals",
                "ownerId", "dana"));
        pipeline = dana.create("/api/metrics", Map.of("teamId", sales, "name", "Pipeline", "target", 500,
                "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "eli"));
    }

    @Test
    void aHuddlesUpdatesLandInTheDashboardAndInTheHistoriesSignedByTheLeaderAndMarkedWithTheHuddle() {
        String week = Period.of(Cadence.WEEKLY, TODAY).value();
        Api.Response held = dana.post("/api/teams/" + sales + "/huddles", Map.of(
                "date", TODAY.toString(), "attendeeIds", List.of("eli"),
                "priorityUpdates", List.of(
                        Map.of("priorityId", logos, "status", "AT_RISK", "comment", "legal is slow"),
                        Map.of("priorityId", renewals, "status", "ON_TRACK", "comment", "all signed")),
                "metricUpdates", List.of(Map.of("metricId", pipeline, "period", week, "value", 412.5)),
                "stuck", List.of(Map.of("description", "Legal review queue", "ownerId", "eli", "priorityId", logos)),
                "wins", List.of("Two renewals signed early")));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        String huddle = held.body().get("id").asText();

        eventually(() -> {
            JsonNode dashboard = dana.get("/api/teams/" + sales + "/dashboard?quarter=2026-Q4").body();
            assertThat(statusOf(dashboard, logos)).isEqualTo("AT_RISK");
            assertThat(statusOf(dashboard, renewals)).isEqualTo("ON_TRACK");
            JsonNode metric = dana.get("/api/metrics/" + pipeline).body();
            assertThat(metric.get("values").get(0).get("period").asText()).isEqualTo(week);
            assertThat(metric.get("values").get(0).get("value").decimalValue()).isEqualByComparingTo("412.5");
        });
        eventually(() -> {
            JsonNode report = last(dana.get("/api/priorities/" + logos + "/history").body().get("entries"));
            assertThat(report.get("type").asText()).isEqualTo("PriorityStatusUpdated");
            assertThat(report.get("actor").asText()).isEqualTo("dana");
            assertThat(report.get("huddleId").asText()).isEqualTo(huddle);
            assertThat(report.get("changes").get("status").get("after").asText()).isEqualTo("AT_RISK");
            assertThat(report.get("changes").get("comment").get("after").asText()).isEqualTo("legal is slow");
            JsonNode other = last(dana.get("/api/priorities/" + renewals + "/history").body().get("entries"));
            assertThat(other.get("huddleId").asText()).isEqualTo(huddle);
            assertThat(other.get("changes").get("status").get("after").asText()).isEqualTo("ON_TRACK");
        });
        Api auditor = admin.as("hal-auditor", "AUDITOR");
        eventually(() -> assertThat(auditor.get("/api/audit?teamId=" + sales + "&type=MetricRecorded").body()
                .get("entries").get(0).get("huddleId").asText()).isEqualTo(huddle));

        JsonNode huddles = dana.get(huddlesOf(TODAY)).body();
        JsonNode recorded = huddles.get("huddles").get(0);
        assertThat(recorded.get("huddleId").asText()).isEqualTo(huddle);
        assertThat(recorded.get("facilitatorId").asText()).as("the signed-in leader, by default").isEqualTo("dana");
        assertThat(texts(recorded.get("attendeeIds"))).containsExactly("dana", "eli");
        assertThat(texts(recorded.get("wins"))).containsExactly("Two renewals signed early");
        assertThat(recorded.get("priorityUpdates")).hasSize(2);
        assertThat(huddles.get("openStuckItems")).singleElement().satisfies(item -> {
            assertThat(item.get("description").asText()).isEqualTo("Legal review queue");
            assertThat(item.get("priorityId").asText()).isEqualTo(logos);
            assertThat(item.get("ageDays").asLong()).isZero();
        });
        assertThat(huddles.get("cadence").get("weeksHeld").asInt()).isEqualTo(1);
        assertThat(huddles.get("cadence").get("weeksSoFar").asInt()).isPositive();
    }

    @Test
    void whenOneUpdateIsRefusedNothingOfTheHuddleIsStoredAndTheRefusalNamesTheUpdate() {
        ok(dana.post("/api/priorities/" + renewals + "/complete", Map.of("comment", "done")));
        long events = new EventLog(sql).allEvents();

        Api.Response refused = dana.post("/api/teams/" + sales + "/huddles", Map.of("date", TODAY.toString(),
                "priorityUpdates", List.of(Map.of("priorityId", logos, "status", "OFF_TRACK"),
                        Map.of("priorityId", renewals, "status", "AT_RISK")),
                "metricUpdates", List.of(Map.of("metricId", pipeline, "period", Period.of(Cadence.WEEKLY, TODAY).value(),
                        "value", 1))));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("field").asText()).startsWith("priorityUpdates[1]");
        assertThat(refused.body().get("rule").asText()).isEqualTo("closed-priority-accepts-only-reinstatement");
        assertThat(new EventLog(sql).allEvents()).isEqualTo(events);

        Api.Response unknown = dana.post("/api/teams/" + sales + "/huddles", Map.of("date", TODAY.toString(),
                "metricUpdates", List.of(Map.of("metricId", UUID.randomUUID().toString(), "period", "2026-W01",
                        "value", 1))));
        assertThat(unknown.status()).as("a reference in the body to nothing").isEqualTo(400);
        assertThat(unknown.body().get("field").asText()).startsWith("metricUpdates[0]");
        assertThat(new EventLog(sql).allEvents()).isEqualTo(events);
    }

    @Test
    void aRefusalInTheThirdUpdateLeavesNoEventOfTheHuddleNorOfTheFirstTwo() {
        String signed = dana.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Signed already", "ownerId", "dana"));
        ok(dana.post("/api/priorities/" + signed + "/complete", Map.of("comment", "done")));
        EventLog log = new EventLog(sql);
        long events = log.allEvents();

        Api.Response refused = dana.post("/api/teams/" + sales + "/huddles", Map.of("date", TODAY.toString(),
                "priorityUpdates", List.of(Map.of("priorityId", logos, "status", "AT_RISK", "comment", "slow"),
                        Map.of("priorityId", renewals, "status", "ON_TRACK", "comment", "fine"),
                        Map.of("priorityId", signed, "status", "AT_RISK"))));

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(409);
        assertThat(refused.body().get("field").asText()).isEqualTo("priorityUpdates[2]");
        assertThat(refused.body().get("rule").asText()).isEqualTo("closed-priority-accepts-only-reinstatement");
        assertThat(log.allEvents()).as("no event of the huddle or of its first two updates").isEqualTo(events);
        assertThat(log.eventsOf(logos)).as("assigned only").isEqualTo(1);
        assertThat(log.eventsOf(renewals)).as("assigned only").isEqualTo(1);
        ok(dana.post("/api/priorities/" + logos + "/status", Map.of("status", "AT_RISK", "comment", "slow")));
        assertThat(log.eventsOf(logos)).as("its own report, from its stored state").isEqualTo(2);
    }

    @Test
    void stuckItemsComeBackUntilResolved() {
        LocalDate first = TODAY.minusDays(2);
        ok(dana.post("/api/teams/" + sales + "/huddles", Map.of("date", first.toString(),
                "stuck", List.of(Map.of("description", "No budget for travel", "ownerId", "dana")))));
        ok(dana.post("/api/teams/" + sales + "/huddles", Map.of("date", first.plusDays(1).toString())));

        JsonNode afterTwo = eventually(() -> dana.get(huddlesOf(first)).body(), body -> body.get("huddles").size() == 2);
        String item = afterTwo.get("openStuckItems").get(0).get("itemId").asText();
        assertThat(afterTwo.get("openStuckItems").get(0).get("ageDays").asLong()).isEqualTo(2);
        assertThat(texts(afterTwo.get("huddles").get(0).get("carriedOver"))).containsExactly(item);

        assertThat(dana.post("/api/teams/" + sales + "/huddles/stuck/" + item + "/resolve",
                Map.of("resolution", "finance approved")).status()).isEqualTo(204);
        Api.Response again = dana.post("/api/teams/" + sales + "/huddles/stuck/" + item + "/resolve",
                Map.of("resolution", "twice"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("rule").asText()).isEqualTo("stuck-item-resolved-once");
        assertThat(dana.post("/api/teams/" + sales + "/huddles/stuck/no-such-item/resolve",
                Map.of("resolution", "?")).status()).isEqualTo(404);

        ok(dana.post("/api/teams/" + sales + "/huddles", Map.of("date", TODAY.toString())));
        JsonNode afterThree = eventually(() -> dana.get(huddlesOf(TODAY)).body(),
                body -> body.get("huddles").size() >= 1 && body.get("openStuckItems").isEmpty());
        assertThat(afterThree.get("huddles").get(0).get("carriedOver")).isEmpty();
    }

    @Test
    void aTeamSeesWhatCameDownFromAboveAndWhatCameUpFromBelow() {
        ok(admin.as("hugo").post("/api/teams/" + company + "/huddles", Map.of("date", TODAY.toString(),
                "wins", List.of("Board approved the plan"))));
        ok(dana.post("/api/teams/" + sales + "/huddles", Map.of("date", TODAY.toString(), "wins", List.of("Logo won"))));

        eventually(() -> {
            JsonNode ofSales = dana.get("/api/teams/" + sales + "/huddles").body();
            assertThat(texts(ofSales.get("fromAbove").get("wins"))).containsExactly("Board approved the plan");
            JsonNode ofCompany = dana.get("/api/teams/" + company + "/huddles").body();
            assertThat(ofCompany.get("fromAbove").isNull()).isTrue();
            assertThat(ofCompany.get("fromBelow")).singleElement().satisfies(huddle -> {
                assertThat(huddle.get("teamId").asText()).isEqualTo(sales);
                assertThat(texts(huddle.get("wins"))).containsExactly("Logo won");
            });
        });
    }

    @Test
    void refusalsSayWhatIsWrong() {
        String path = "/api/teams/" + sales + "/huddles";
        ok(dana.post(path, Map.of("date", TODAY.toString())));
        expect(dana.post(path, Map.of("date", TODAY.toString())), 409, "date", "one-huddle-per-day");
        expect(dana.post(path, Map.of("date", TODAY.plusDays(1).toString())), 422, "date", "huddle-not-in-future");
        expect(dana.post(path, Map.of("date", TODAY.minusDays(7).toString(), "facilitatorId", "stranger")), 422,
                "facilitatorId", "facilitator-in-team");
        expect(dana.post(path, Map.of("date", TODAY.minusDays(7).toString(), "priorityUpdates", List.of(
                Map.of("priorityId", logos, "status", "AT_RISK"), Map.of("priorityId", logos, "status", "ON_TRACK")))),
                400, "priorityUpdates[1]", null);
        expect(dana.post(path, Map.of("date", TODAY.minusDays(7).toString(),
                "stuck", List.of(Map.of("description", " ", "ownerId", "eli")))), 400, "stuck[0].description", null);
        expect(dana.post(path, Map.of("attendeeIds", List.of("eli"))), 400, "date", null);
        assertThat(dana.post("/api/teams/" + UUID.randomUUID() + "/huddles", Map.of("date", TODAY.toString())).status())
                .isEqualTo(404);
        assertThat(admin.as("hanna-analyst", "ANALYST").post(path, Map.of("date", TODAY.minusDays(8).toString())).status())
                .isEqualTo(403);
        assertThat(admin.as("stranger").post(path, Map.of("date", TODAY.minusDays(8).toString())).status())
                .as("a leader outside the team and above it runs none of its huddles").isEqualTo(403);
    }

    @Test
    void aRepeatedRequestHoldsTheHuddleOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("date", TODAY.toString(),
                "priorityUpdates", List.of(Map.of("priorityId", logos, "status", "AT_RISK")));
        Api.Response first = dana.send("POST", "/api/teams/" + sales + "/huddles", body, "Idempotency-Key", key);
        Api.Response second = dana.send("POST", "/api/teams/" + sales + "/huddles", body, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().get("id").asText()).isEqualTo(first.body().get("id").asText());
        assertThat(new EventLog(sql).eventsOf(logos)).as("assigned, then one status report").isEqualTo(2);
    }

    private String huddlesOf(LocalDate date) {
        return "/api/teams/" + sales + "/huddles?quarter=" + Quarter.of(date).value();
    }

    private static void expect(Api.Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.body().get("field").asText()).isEqualTo(field);
        if (rule != null) {
            assertThat(response.body().get("rule").asText()).isEqualTo(rule);
        }
    }

    private static String statusOf(JsonNode dashboard, String priority) {
        return StreamSupport.stream(dashboard.get("priorities").spliterator(), false)
                .filter(p -> p.get("id").asText().equals(priority)).findFirst().orElseThrow().get("status").asText();
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 204);
    }
}
