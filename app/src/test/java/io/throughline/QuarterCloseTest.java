package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quarter played to its end over HTTP: assigned, planned in milestones, reported on by a member, closed with one of
 * each outcome, carried over, refused, reopened.
 */
@ThroughlineIntegrationTest
class QuarterCloseTest {

    @LocalServerPort
    int port;

    Api maria;
    Api dana;
    Api eli;
    String company;
    String sales;
    String grow;
    String logos;
    String renewals;
    String partners;
    String events;

    @BeforeEach
    void quarter() {
        Api admin = new Api(port);
        company = admin.company("Acme", "maria");
        maria = admin.as("maria");
        admin.people("dana", "eli");
        sales = maria.create("/api/teams", Map.of("name", "Sales", "parentTeamId", company));
        assertThat(maria.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", "dana")).status()).isEqualTo(204);
        assertThat(maria.post("/api/teams/" + sales + "/members", Map.of("personId", "eli")).status()).isEqualTo(204);
        dana = maria.as("dana");
        eli = maria.as("eli");
        grow = priority(company, "Grow ARR", "maria", null);
        logos = priority(sales, "Win logos", "dana", grow);
        renewals = priority(sales, "Renewals", "eli", grow);
        partners = priority(sales, "Partners", "dana", null);
        events = priority(sales, "Events", "eli", null);
    }

    @Test
    void aQuarterIsPlayedClosedScoredCarriedOverRefusedAndReopened() {
        String pilot = milestone(logos, "Pilot with two customers", "2026-08-14");
        milestone(logos, "Contracts signed", "2026-09-25");
        assertThat(dana.post(milestones(logos) + "/" + pilot + "/complete", Map.of()).status()).isEqualTo(200);
        assertThat(eli.post("/api/priorities/" + renewals + "/status", Map.of("status", "AT_RISK",
                "comment", "two renewals slip", "confidence", 4)).status()).as("a member reports on his own").isEqualTo(200);
        eventually(() -> {
            JsonNode planned = dana.get("/api/priorities/" + logos).body();
            assertThat(List.of(planned.path("milestonesDone").asInt(), planned.path("milestonesTotal").asInt()))
                    .as("done of total").containsExactly(1, 2);
            JsonNode reported = dana.get("/api/priorities/" + renewals).body();
            assertThat(reported.get("status").asText()).isEqualTo("AT_RISK");
            assertThat(reported.get("confidence").asInt()).isEqualTo(4);
        });

        assertThat(maria.post(quarter(company) + "/close", Map.of("decisions", List.of(
                decision(grow, "CARRY_OVER", null)))).status()).isEqualTo(204);

        Api.Response incomplete = dana.post(quarter(sales) + "/close", Map.of("decisions", List.of(
                decision(logos, "DONE", null))));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.body().get("field").asText()).isEqualTo("decisions");

        Map<String, Object> toTheCompanyLead = decision(logos, "CARRY_OVER", null);
        toTheCompanyLead.put("nextOwnerId", "maria");
        Api.Response outsideTheTeam = dana.post(quarter(sales) + "/close", Map.of("decisions", List.of(toTheCompanyLead,
                decision(renewals, "DONE", null), decision(partners, "DONE", null), decision(events, "DONE", null))));
        assertThat(outsideTheTeam.status()).as("the next owner leads or belongs to sales or a team below").isEqualTo(422);
        assertThat(outsideTheTeam.body().get("field").asText()).isEqualTo("decisions[0].nextOwnerId");

        Map<String, Object> carry = decision(logos, "CARRY_OVER", null);
        carry.put("nextQuarterTitle", "Win logos, part two");
        assertThat(dana.post(quarter(sales) + "/close", Map.of("decisions", List.of(carry,
                decision(renewals, "MISSED", "Priced too late"), decision(partners, "DONE", "Two signed"),
                decision(events, "DROP", "No budget")))).status()).isEqualTo(204);

        eventually(() -> {
            JsonNode scorecard = dana.get(quarter(sales)).body();
            assertThat(scorecard.get("closed").asBoolean()).isTrue();
            assertThat(scorecard.get("closedBy").asText()).isEqualTo("dana");
            JsonNode total = scorecard.get("total");
            assertThat(List.of(total.get("done").asInt(), total.get("missed").asInt(), total.get("dropped").asInt(),
                    total.get("carried").asInt(), total.get("open").asInt())).containsExactly(1, 1, 1, 1, 0);
            assertThat(scorecard.get("owners")).hasSize(2);
        });
        String growNext = eventually(() -> dana.get("/api/priorities/" + grow).body().get("carriedToId").asText(),
                id -> !id.isEmpty() && !"null".equals(id));
        eventually(() -> {
            JsonNode old = dana.get("/api/priorities/" + logos).body();
            assertThat(old.get("status").asText()).isEqualTo("CARRIED_OVER");
            JsonNode next = dana.get("/api/priorities/" + old.get("carriedToId").asText()).body();
            assertThat(next.get("quarter").asText()).isEqualTo("2026-Q4");
            assertThat(next.get("title").asText()).isEqualTo("Win logos, part two");
            assertThat(next.get("ownerId").asText()).isEqualTo("dana");
            assertThat(next.get("carriedFromId").asText()).isEqualTo(logos);
            assertThat(next.get("parentPriorityId").asText()).isEqualTo(growNext);
        });

        Api.Response report = dana.post("/api/priorities/" + renewals + "/status", Map.of("status", "ON_TRACK"));
        assertThat(report.status()).isEqualTo(409);
        Api.Response late = dana.post("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q3",
                "title", "Late idea", "ownerId", "dana"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("detail").asText()).contains("2026-Q3");

        assertThat(eli.post(quarter(sales) + "/reopen", Map.of("reason", "not over")).status())
                .isEqualTo(403);
        assertThat(dana.post(quarter(sales) + "/reopen", Map.of("reason", " ")).status()).isEqualTo(400);
        assertThat(dana.post(quarter(sales) + "/reopen", Map.of("reason", "The renewal closes next week")).status())
                .isEqualTo(204);
        eventually(() -> assertThat(dana.get("/api/priorities/" + renewals).body().get("status").asText())
                .as("back to its last reported status").isEqualTo("AT_RISK"));
        assertThat(dana.get("/api/priorities/" + partners).body().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(dana.post("/api/priorities/" + renewals + "/status", Map.of("status", "ON_TRACK")).status())
                .isEqualTo(200);
    }

    private String priority(String team, String title, String owner, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("teamId", team, "quarter", "2026-Q3", "title", title,
                "ownerId", owner));
        if (parent != null) {
            body.put("parentPriorityId", parent);
        }
        return maria.create("/api/priorities", body);
    }

    /** Adds a milestone to the priority as its team's lead; answers its id. */
    private String milestone(String priority, String title, String dueDate) {
        return dana.create(milestones(priority), Map.of("title", title, "dueDate", dueDate));
    }

    private static String milestones(String priority) {
        return "/api/priorities/" + priority + "/milestones";
    }

    private static String quarter(String team) {
        return "/api/teams/" + team + "/quarters/2026-Q3";
    }

    private static Map<String, Object> decision(String priority, String outcome, String reflection) {
        Map<String, Object> decision = new HashMap<>(Map.of("priorityId", priority, "outcome", outcome));
        if (reflection != null) {
            decision.put("reflection", reflection);
        }
        return decision;
    }
}
