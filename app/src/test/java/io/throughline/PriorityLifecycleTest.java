package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.EventLog;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Everything a leader does to a priority, over HTTP, with optimistic locking and the audit trail. */
@ThroughlineIntegrationTest
class PriorityLifecycleTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    Api api;
    String company;
    String sales;
    String companyPriority;
    String teamPriority;

    @BeforeEach
    void plan() {
        Api admin = new Api(port);
        company = admin.company("Acme", "maria");
        api = admin.as("maria");
        admin.people("dana", "eli", "zoe", "mo");
        sales = api.create("/api/teams", Map.of("name", "Sales", "parentTeamId", company));
        assertThat(api.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", "dana")).status()).isEqualTo(204);
        assertThat(api.post("/api/teams/" + sales + "/members", Map.of("personId", "eli")).status()).isEqualTo(204);
        companyPriority = api.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Grow ARR by 20%", "ownerId", "maria"));
        teamPriority = api.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Win three logos", "ownerId", "dana", "parentPriorityId", companyPriority));
    }

    @Test
    void writeWithTheCurrentVersionSucceedsAndAStaleOneIsRefusedWithTheCurrentVersion() {
        Api.Response first = api.send("POST", "/api/priorities/" + teamPriority + "/status",
                Map.of("status", "AT_RISK", "comment", "legal review is slow", "confidence", 6), "If-Match", "\"0\"");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(first.body().get("version").asLong()).isEqualTo(1);

        Api.Response stale = api.send("POST", "/api/priorities/" + teamPriority + "/status",
                Map.of("status", "ON_TRACK"), "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(new EventLog(sql).eventsOf(teamPriority)).isEqualTo(2);

        eventually(() -> {
            JsonNode priority = api.get("/api/priorities/" + teamPriority).body();
            assertThat(priority.get("status").asText()).isEqualTo("AT_RISK");
            assertThat(priority.get("statusComment").asText()).isEqualTo("legal review is slow");
            assertThat(priority.get("confidence").asInt()).isEqualTo(6);
            assertThat(priority.get("version").asLong()).isEqualTo(1);
        });
    }

    @Test
    void changeRecordsBeforeAndAfterAndAChangeOfNothingIsRefused() {
        Api.Response withoutReason = api.as("dana").send("PATCH", "/api/priorities/" + teamPriority,
                Map.of("title", "Win four logos"));
        assertThat(withoutReason.status()).as("2026-Q4 is past its half").isEqualTo(422);
        assertThat(withoutReason.body().get("field").asText()).isEqualTo("reason");
        assertThat(api.as("dana").send("PATCH", "/api/priorities/" + teamPriority,
                Map.of("title", "Win four logos", "dueDate", "2026-12-01", "reason", "a later launch")).status()).isEqualTo(200);
        assertThat(api.send("PATCH", "/api/priorities/" + teamPriority, Map.of("reason", "plans moved", "title", "Win four logos")).status())
                .isEqualTo(409);

        eventually(() -> {
            JsonNode change = history(teamPriority).get(1);
            assertThat(change.get("type").asText()).isEqualTo("PriorityChanged");
            assertThat(change.get("actor").asText()).isEqualTo("dana");
            assertThat(change.get("reason").asText()).isEqualTo("a later launch");
            assertThat(change.get("changes").get("title").get("before").asText()).isEqualTo("Win three logos");
            assertThat(change.get("changes").get("title").get("after").asText()).isEqualTo("Win four logos");
            assertThat(change.get("changes").get("dueDate").get("before").isNull()).isTrue();
            assertThat(change.get("changes").has("successCriterion")).isFalse();
        });
    }

    @Test
    void onlyALeadOrMemberOfTheTeamCanOwnItsPriority() {
        Api.Response outsider = api.post("/api/priorities/" + teamPriority + "/owner",
                Map.of("newOwnerId", "zoe", "reason", "she knows the accounts"));
        assertThat(outsider.status()).isEqualTo(422);
        assertThat(outsider.body().get("field").asText()).isEqualTo("newOwnerId");
        assertThat(outsider.body().get("rule").asText()).isEqualTo("owner-in-team");

        assertThat(api.post("/api/priorities/" + teamPriority + "/owner",
                Map.of("newOwnerId", "eli", "reason", "dana is on leave")).status()).isEqualTo(200);
        eventually(() -> {
            assertThat(api.get("/api/priorities/" + teamPriority).body().get("ownerId").asText()).isEqualTo("eli");
            JsonNode reassigned = history(teamPriority).get(1);
            assertThat(reassigned.get("reason").asText()).isEqualTo("dana is on leave");
            assertThat(reassigned.get("changes").get("ownerId").get("before").asText()).isEqualTo("dana");
        });
    }

    @Test
    void droppingAParentFlagsItsChildrenAsOrphansUntilItIsReinstated() {
        assertThat(api.post("/api/priorities/" + companyPriority + "/drop", Map.of()).status()).isEqualTo(400);
        assertThat(api.post("/api/priorities/" + companyPriority + "/drop",
                Map.of("reason", "board changed the strategy")).status()).isEqualTo(200);
        eventually(() -> assertThat(api.get("/api/priorities/" + teamPriority).body().get("orphaned").asBoolean()).isTrue());

        assertThat(api.post("/api/priorities/" + companyPriority + "/reinstate",
                Map.of("reason", "board changed its mind")).status()).isEqualTo(200);
        eventually(() -> {
            assertThat(api.get("/api/priorities/" + teamPriority).body().get("orphaned").asBoolean()).isFalse();
            assertThat(api.get("/api/priorities/" + companyPriority).body().get("status").asText()).isEqualTo("NOT_STARTED");
        });
    }

    @Test
    void aCompletedPriorityAcceptsNothingButReinstatement() {
        api.post("/api/priorities/" + teamPriority + "/status", Map.of("status", "OFF_TRACK"));
        assertThat(api.post("/api/priorities/" + teamPriority + "/complete", null).status()).isEqualTo(200);

        assertThat(api.post("/api/priorities/" + teamPriority + "/status", Map.of("status", "ON_TRACK")).status()).isEqualTo(409);
        assertThat(api.send("PATCH", "/api/priorities/" + teamPriority, Map.of("reason", "plans moved", "title", "More")).status()).isEqualTo(409);
        assertThat(api.post("/api/priorities/" + teamPriority + "/complete", null).status()).isEqualTo(409);

        assertThat(api.post("/api/priorities/" + teamPriority + "/reinstate", Map.of("reason", "one deal fell through")).status())
                .isEqualTo(200);
        eventually(() -> assertThat(api.get("/api/priorities/" + teamPriority).body().get("status").asText()).isEqualTo("OFF_TRACK"));
    }

    @Test
    void realigningFollowsTheCascadeRules() {
        String sibling = api.create("/api/teams", Map.of("name", "Marketing", "parentTeamId", company));
        assertThat(api.send("PUT", "/api/teams/" + sibling + "/lead", Map.of("personId", "mo")).status()).isEqualTo(204);
        String siblingPriority = api.create("/api/priorities", Map.of("teamId", sibling, "quarter", "2026-Q4",
                "title", "Launch the new site", "ownerId", "mo"));

        assertThat(api.post("/api/priorities/" + teamPriority + "/parent", Map.of("reason", "plans moved", "newParentPriorityId", siblingPriority)).status())
                .isEqualTo(422);
        assertThat(api.post("/api/priorities/" + teamPriority + "/parent", "{\"newParentPriorityId\": null, \"reason\": \"plans moved\"}").status())
                .isEqualTo(200);
        eventually(() -> assertThat(api.get("/api/priorities/" + teamPriority).body().get("parentPriorityId").isNull()).isTrue());
    }

    @Test
    void concurrentStatusUpdatesAreEachStoredOnceWithContiguousVersions() throws Exception {
        int threads = 8;
        int updatesPerThread = 50;
        String[] statuses = {"ON_TRACK", "AT_RISK", "OFF_TRACK"};
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> accepted = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            accepted.add(pool.submit(() -> {
                int ok = 0;
                for (int i = 0; i < updatesPerThread; i++) {
                    Api.Response response = api.post("/api/priorities/" + teamPriority + "/status",
                            Map.of("status", statuses[(thread + i) % 3], "comment", "t" + thread + "-" + i));
                    ok += response.status() == 200 ? 1 : 0;
                }
                return ok;
            }));
        }
        int sum = 0;
        for (Future<Integer> count : accepted) {
            sum += count.get();
        }
        pool.shutdown();
        int acceptedUpdates = sum;

        assertThat(acceptedUpdates).isEqualTo(threads * updatesPerThread);
        assertThat(sql.queryForList("select sequence_number from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", Long.class, teamPriority))
                .containsExactlyElementsOf(LongStream.rangeClosed(0, acceptedUpdates).boxed().toList());
        assertThat(sql.queryForObject("select count(distinct convert_from(payload, 'UTF8')) from domain_event_entry "
                + "where payload_type like '%PriorityStatusUpdated' and aggregate_identifier = ?", Long.class, teamPriority))
                .isEqualTo(acceptedUpdates);
        eventually(() -> assertThat(api.get("/api/priorities/" + teamPriority).body().get("version").asLong())
                .isEqualTo(acceptedUpdates));
    }

    private JsonNode history(String priorityId) {
        return api.get("/api/priorities/" + priorityId + "/history").body().get("entries");
    }
}
