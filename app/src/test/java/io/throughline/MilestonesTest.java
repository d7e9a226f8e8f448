package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The owner's execution plan under a priority, over HTTP: added, renamed, re-dated, completed, removed. */
@ThroughlineIntegrationTest
class MilestonesTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;

    Api lead;
    Api owner;
    Api outsider;
    String priority;

    /** Maria leads the company, Dana leads Sales and owns its priority; Zoe leads Ops beside it. */
    @BeforeEach
    void aPriority() {
        int n = UNIQUE.incrementAndGet();
        Api admin = new Api(port);
        String boss = "maria" + n;
        String dana = "dana" + n;
        String zoe = "zoe" + n;
        String company = admin.company("Milestone Co " + n, boss);
        lead = admin.as(boss);
        admin.people(dana, zoe);
        String sales = lead.create("/api/teams", Map.of("name", "Sales " + n, "parentTeamId", company));
        String ops = lead.create("/api/teams", Map.of("name", "Ops " + n, "parentTeamId", company));
        assertThat(lead.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", dana)).status()).isEqualTo(204);
        assertThat(lead.send("PUT", "/api/teams/" + ops + "/lead", Map.of("personId", zoe)).status()).isEqualTo(204);
        priority = lead.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Win three logos", "ownerId", dana));
        owner = admin.as(dana);
        outsider = admin.as(zoe);
    }

    @Test
    void theOwnerLaysOutThePlanAndGetShowsItWithDoneOfTotal() {
        String pilot = add(owner, "Pilot with two customers", "2026-11-14");
        String launch = add(lead, "Launch", "2026-12-11");
        String extra = add(owner, "Spare step", "2026-12-01");

        assertThat(owner.send("PATCH", milestone(pilot), Map.of("title", "Pilot with Globex")).status()).isEqualTo(200);
        Api.Response redatedWithoutReason = owner.send("PATCH", milestone(pilot), Map.of("dueDate", "2026-11-28"));
        assertThat(redatedWithoutReason.status()).as("a missing field is a bad request").isEqualTo(400);
        assertThat(redatedWithoutReason.body().toString()).contains("reason");
        assertThat(owner.send("PATCH", milestone(pilot), Map.of("dueDate", "2026-11-28", "reason", "Globex signs late"))
                .status()).isEqualTo(200);
        assertThat(owner.post(milestone(pilot) + "/complete", Map.of()).status()).isEqualTo(200);
        assertThat(owner.send("DELETE", milestone(extra), null).status()).isEqualTo(200);

        JsonNode got = eventually(() -> lead.get("/api/priorities/" + priority).body(),
                body -> body.path("milestonesTotal").asInt() == 2 && body.path("milestonesDone").asInt() == 1);
        assertThat(got.get("title").asText()).as("the priority's own fields stay where they were")
                .isEqualTo("Win three logos");
        JsonNode milestones = got.get("milestones");
        assertThat(milestones.get(0).get("id").asText()).isEqualTo(pilot);
        assertThat(milestones.get(0).get("title").asText()).isEqualTo("Pilot with Globex");
        assertThat(milestones.get(0).get("dueDate").asText()).isEqualTo("2026-11-28");
        assertThat(milestones.get(0).get("done").asBoolean()).isTrue();
        assertThat(milestones.get(1).get("id").asText()).isEqualTo(launch);
        assertThat(milestones.get(1).get("done").asBoolean()).isFalse();
        assertThat(got.get("version").asLong()).as("each milestone event moves the priority's version").isEqualTo(7);

        JsonNode history = lead.get("/api/priorities/" + priority + "/history").body().get("entries");
        assertThat(history.get(5).get("type").asText()).isEqualTo("MilestoneChanged");
        assertThat(history.get(5).get("reason").asText()).isEqualTo("Globex signs late");
    }

    @Test
    void aMilestoneDueOutsideTheQuarterIsRefusedNamingTheDueDate() {
        Api.Response refused = owner.post("/api/priorities/" + priority + "/milestones",
                Map.of("title", "Next year", "dueDate", "2027-01-15"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().toString()).contains("dueDate");
    }

    @Test
    void aLeadBesideThePriorityMayNotPlanIt() {
        Api.Response refused = outsider.post("/api/priorities/" + priority + "/milestones",
                Map.of("title", "Meddle", "dueDate", "2026-11-14"));
        assertThat(refused.status()).isEqualTo(403);
    }

    private String add(Api who, String title, String dueDate) {
        Api.Response added = who.post("/api/priorities/" + priority + "/milestones",
                new HashMap<>(Map.of("title", title, "dueDate", dueDate)));
        assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
        return added.body().get("id").asText();
    }

    private String milestone(String id) {
        return "/api/priorities/" + priority + "/milestones/" + id;
    }
}
