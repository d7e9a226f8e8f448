package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A MEMBER owns work without leading: over HTTP, Mervyn, a member of sales, reports on the priority and records the
 * KPI he owns, runs his team's huddle about them, and is refused assigning, reassigning and changing the team
 * structure.
 */
@ThroughlineIntegrationTest
class MembersAsOwnersTest {

    private static final Period LAST_WEEK = Period.of(Cadence.WEEKLY, LocalDate.now(ZoneOffset.UTC)).previous();

    @LocalServerPort
    int port;

    Api lead;
    Api member;
    String company;
    String sales;
    String priority;
    String metric;

    @BeforeEach
    void organisation() {
        Api admin = new Api(port);
        company = admin.company("Members Co", "lorna");
        lead = admin.as("lorna");
        member = admin.as("mervyn", "MEMBER");
        admin.people("nell");
        sales = lead.create("/api/teams", Map.of("name", "Members Sales", "parentTeamId", company));
        assertThat(lead.post("/api/teams/" + sales + "/members", Map.of("personId", "mervyn")).status()).isEqualTo(204);
        priority = lead.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Win three logos", "ownerId", "mervyn"));
        metric = lead.create("/api/metrics", Map.of("teamId", sales, "name", "Demos", "unit", "demos", "target", 10,
                "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "mervyn", "kind", "LEADING"));
    }

    @Test
    void aMemberReportsOnThePriorityAndRecordsTheKpiTheyOwn() {
        assertThat(member.post("/api/priorities/" + priority + "/status",
                Map.of("status", "ON_TRACK", "comment", "two demos booked", "confidence", 7)).status()).isEqualTo(200);
        assertThat(member.post("/api/metrics/" + metric + "/values",
                Map.of("period", LAST_WEEK.value(), "value", 4)).status()).isEqualTo(201);
    }

    @Test
    void aMemberRunsTheHuddleOfTheirTeamReportingOnlyOnWhatTheyOwn() {
        assertThat(lead.post("/api/teams/" + sales + "/members", Map.of("personId", "nell")).status()).isEqualTo(204);
        String nells = lead.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Renew the big three", "ownerId", "nell"));
        String huddles = "/api/teams/" + sales + "/huddles";
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        Api.Response othersWork = member.post(huddles, Map.of("date", today, "priorityUpdates", List.of(
                Map.of("priorityId", priority, "status", "ON_TRACK"),
                Map.of("priorityId", nells, "status", "AT_RISK", "comment", "Nell's, not mine"))));
        assertThat(othersWork.status()).isEqualTo(403);
        assertThat(othersWork.body().get("field").asText()).isEqualTo("priorityUpdates[1]");

        Api.Response held = member.post(huddles, Map.of("date", today,
                "priorityUpdates", List.of(Map.of("priorityId", priority, "status", "ON_TRACK", "comment", "demo booked")),
                "metricUpdates", List.of(Map.of("metricId", metric, "period", LAST_WEEK.value(), "value", 3))));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        eventually(() -> {
            JsonNode recorded = lead.get(huddles).body().get("huddles").get(0);
            assertThat(recorded.get("facilitatorId").asText()).as("the member who ran it").isEqualTo("mervyn");
            assertThat(lead.get("/api/priorities/" + priority).body().get("status").asText()).isEqualTo("ON_TRACK");
            assertThat(lead.get("/api/priorities/" + nells).body().get("status").asText()).isEqualTo("NOT_STARTED");
        });
    }

    @Test
    void aMemberNeitherAssignsNorReassignsNorChangesTheTeamStructure() {
        assertThat(member.post("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Own idea", "ownerId", "mervyn")).status()).isEqualTo(403);
        assertThat(member.post("/api/priorities/" + priority + "/owner",
                Map.of("newOwnerId", "lorna", "reason", "she has time")).status()).isEqualTo(403);
        assertThat(member.post("/api/teams", Map.of("name", "Mervyn's team", "parentTeamId", sales)).status())
                .isEqualTo(403);
        assertThat(member.post("/api/teams/" + sales + "/members", Map.of("personId", "nell")).status()).isEqualTo(403);
    }

    @Test
    void anOwnerLeadsOrBelongsToThePrioritysTeamOrATeamBelowIt() {
        String companyPriority = lead.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Grow ARR", "ownerId", "lorna"));
        assertThat(lead.post("/api/priorities/" + companyPriority + "/owner",
                Map.of("newOwnerId", "mervyn", "reason", "sales carries it")).status()).isEqualTo(200);

        Api.Response above = lead.post("/api/priorities/" + priority + "/owner",
                Map.of("newOwnerId", "lorna", "reason", "cover"));
        assertThat(above.status()).isEqualTo(422);
        assertThat(above.body().get("field").asText()).isEqualTo("newOwnerId");
    }
}
