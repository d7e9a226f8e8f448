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

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision rights and the decision log over HTTP: dec-carla leads the company, dec-sam leads sales below it with
 * dec-mo as a member, dec-mia leads marketing beside it.
 */
@ThroughlineIntegrationTest
class DecisionsTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    Api carla;
    String sales;

    @BeforeEach
    void organisation() {
        Api admin = new Api(port);
        String company = admin.company("Decided " + UNIQUE.incrementAndGet(), "dec-carla");
        carla = admin.as("dec-carla");
        admin.people("dec-sam", "dec-mo", "dec-mia", "dec-pat");
        sales = carla.create("/api/teams", Map.of("name", "Sales", "parentTeamId", company));
        String marketing = carla.create("/api/teams", Map.of("name", "Marketing", "parentTeamId", company));
        written(carla.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", "dec-sam")));
        written(carla.post("/api/teams/" + sales + "/members", Map.of("personId", "dec-mo")));
        written(carla.send("PUT", "/api/teams/" + marketing + "/lead", Map.of("personId", "dec-mia")));
    }

    @Test
    void theMatrixShowsPerCategoryWhoDecidesIsConsultedAndIsInformedUntilARightIsRevoked() {
        written(define("POST", "pricing", "holderRole", "LEAD", "DECIDE"));
        written(define("PUT", "Pricing ", "personId", "dec-pat", "CONSULT"));
        written(define("POST", "hiring", "holderRole", "MEMBER", "INFORM"));
        written(define("PUT", "PRICING", "personId", "dec-pat", "INFORM"));

        Api.Response again = define("PUT", "pricing", "personId", "dec-pat", "INFORM");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("field").asText()).isEqualTo("mode");
        eventually(() -> {
            JsonNode categories = carla.get("/api/teams/" + sales + "/decision-rights").body().get("categories");
            assertThat(categories).extracting(c -> c.get("category").asText()).containsExactly("hiring", "pricing");
            assertThat(categories.get(0).get("inform").get(0).get("role").asText()).isEqualTo("MEMBER");
        });

        String revokeHiring = "/api/teams/" + sales + "/decision-rights?category=Hiring&holderRole=MEMBER";
        written(carla.send("DELETE", revokeHiring, null));
        Api.Response revokedAgain = carla.send("DELETE", revokeHiring, null);
        assertThat(revokedAgain.status()).isEqualTo(409);
        assertThat(revokedAgain.body().get("rule").asText()).isEqualTo("only-held-rights-revoked");

        eventually(() -> {
            JsonNode categories = carla.get("/api/teams/" + sales + "/decision-rights").body().get("categories");
            assertThat(categories).hasSize(1);
            JsonNode pricing = categories.get(0);
            assertThat(pricing.get("category").asText()).isEqualTo("pricing");
            assertThat(pricing.get("decide")).hasSize(1);
            assertThat(pricing.get("decide").get(0).get("role").asText()).isEqualTo("LEAD");
            assertThat(pricing.get("consult")).isEmpty();
            assertThat(pricing.get("inform").get(0).get("personId").asText()).isEqualTo("dec-pat");
        });
    }

    @Test
    void aDecisionIsFlaggedWhenItsDeciderHeldNoDecideRightThenAndStaysSo() {
        written(define("POST", "pricing", "holderRole", "LEAD", "DECIDE"));
        String byLead = record("dec-sam", "pricing", "List prices up 4%", "dec-sam", List.of("dec-mo"));
        String byMember = record("dec-mo", "Pricing", "Discounts capped at 10%", "dec-mo", List.of());
        written(define("POST", "pricing", "holderRole", "MEMBER", "DECIDE"));
        String byMemberLater = record("dec-mo", "pricing", "Free trials for 30 days", "dec-mo", List.of());
        String unclaimed = record("dec-carla", "hiring", "Two new SDRs", "dec-carla", List.of());

        eventually(() -> {
            JsonNode decisions = carla.get("/api/teams/" + sales + "/decisions").body().get("decisions");
            assertThat(decisions).extracting(d -> d.get("decisionId").asText())
                    .containsExactly(unclaimed, byMemberLater, byMember, byLead);
            assertThat(decisions).extracting(d -> d.get("flagged").asBoolean()).containsExactly(true, false, true, false);
            assertThat(decisions.get(0).get("flagReason").asText())
                    .isEqualTo("no one holds the DECIDE right for 'hiring'");
            assertThat(decisions.get(2).get("flagReason").asText())
                    .isEqualTo("dec-mo holds no DECIDE right for 'pricing'; DECIDE: the team lead");
            assertThat(decisions.get(2).get("recordedBy").asText()).isEqualTo("dec-mo");
            assertThat(decisions.get(3).get("flagReason").isNull()).isTrue();
            assertThat(decisions.get(3).get("consulted").get(0).asText()).isEqualTo("dec-mo");
            assertThat(decisions.get(3).get("category").asText()).isEqualTo("pricing");
        });
    }

    @Test
    void aNamedPersonDecidesAndTheRelatedPriorityIsKept() {
        written(define("POST", "tooling", "personId", "dec-mo", "DECIDE"));
        String priority = carla.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Faster quotes", "ownerId", "dec-sam"));
        String decision = carla.as("dec-sam").create("/api/teams/" + sales + "/decisions", Map.of("category", "tooling",
                "title", "CPQ tool", "decision", "Buy the CPQ tool", "deciderId", "dec-mo", "relatedPriorityId", priority));

        eventually(() -> {
            JsonNode recorded = carla.get("/api/teams/" + sales + "/decisions").body().get("decisions").get(0);
            assertThat(recorded.get("decisionId").asText()).isEqualTo(decision);
            assertThat(recorded.get("flagged").asBoolean()).isFalse();
            assertThat(recorded.get("relatedPriorityId").asText()).isEqualTo(priority);
            assertThat(recorded.get("recordedBy").asText()).isEqualTo("dec-sam");
        });
    }

    @Test
    void refusalsNameWhatWasWrongAndStoreNothing() {
        long before = new EventLog(sql).eventsOf(sales + "@decisions");

        Api.Response untitled = carla.post("/api/teams/" + sales + "/decisions",
                Map.of("category", "pricing", "title", " ", "decision", "Up 4%", "deciderId", "dec-sam"));
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.body().get("field").asText()).isEqualTo("title");

        Api.Response twoHolders = carla.post("/api/teams/" + sales + "/decision-rights",
                Map.of("category", "pricing", "holderRole", "LEAD", "personId", "dec-mo", "mode", "DECIDE"));
        assertThat(twoHolders.status()).isEqualTo(400);
        assertThat(twoHolders.body().get("field").asText()).isEqualTo("personId");

        Api.Response unknownPriority = carla.post("/api/teams/" + sales + "/decisions", Map.of("category", "pricing",
                "title", "Up", "decision", "Up 4%", "deciderId", "dec-sam", "relatedPriorityId", "no-such-priority"));
        assertThat(unknownPriority.status()).isEqualTo(400);
        assertThat(unknownPriority.body().get("field").asText()).isEqualTo("relatedPriorityId");

        Api.Response consultedTwice = carla.post("/api/teams/" + sales + "/decisions", Map.of("category", "pricing",
                "title", "Up", "decision", "Up 4%", "deciderId", "dec-sam", "consulted", List.of("dec-mo", "dec-mo")));
        assertThat(consultedTwice.status()).isEqualTo(422);
        assertThat(consultedTwice.body().get("rule").asText()).isEqualTo("consulted-once");
        assertThat(consultedTwice.body().get("field").asText()).isEqualTo("consulted[1]");

        assertThat(carla.as("dec-mo").post("/api/teams/" + sales + "/decision-rights",
                Map.of("category", "pricing", "holderRole", "MEMBER", "mode", "DECIDE")).status()).isEqualTo(403);
        assertThat(carla.as("dec-mia").post("/api/teams/" + sales + "/decisions",
                Map.of("category", "pricing", "title", "Up", "decision", "Up 4%", "deciderId", "dec-mia")).status())
                .isEqualTo(403);

        assertThat(carla.post("/api/teams/no-such-team/decisions",
                Map.of("category", "pricing", "title", "Up", "decision", "Up 4%", "deciderId", "dec-sam")).status())
                .isEqualTo(404);
        assertThat(carla.get("/api/teams/no-such-team/decisions").status()).isEqualTo(404);
        assertThat(carla.get("/api/teams/no-such-team/decision-rights").status()).isEqualTo(404);

        assertThat(new EventLog(sql).eventsOf(sales + "@decisions")).isEqualTo(before);
    }

    private Api.Response define(String method, String category, String holderField, String holder, String mode) {
        return carla.send(method, "/api/teams/" + sales + "/decision-rights",
                Map.of("category", category, holderField, holder, "mode", mode));
    }

    /** Recorded by the writer, who need not be the decider; returns the decision's id. */
    private String record(String writer, String category, String title, String decider, List<String> consulted) {
        return carla.as(writer).create("/api/teams/" + sales + "/decisions", Map.of("category", category,
                "title", title, "decision", title, "deciderId", decider, "consulted", consulted));
    }

    private static void written(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 204);
    }
}
