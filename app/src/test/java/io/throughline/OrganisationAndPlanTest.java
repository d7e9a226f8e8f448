package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The organisation tree with its people, and each team's One Page Plan per quarter. */
@ThroughlineIntegrationTest
class OrganisationAndPlanTest {

    @LocalServerPort
    int port;

    Api api;
    String company;
    String sales;
    String inbound;

    @BeforeEach
    void organisation() {
        Api admin = new Api(port);
        company = admin.company("Acme", "chief");
        api = admin.as("chief");
        admin.people("ines", "ravi", "sol", "dana");
        sales = api.create("/api/teams", Map.of("name", "Sales", "parentTeamId", company));
        inbound = api.create("/api/teams", Map.of("name", "Inbound", "parentTeamId", sales));
    }

    @Test
    void teamsAreRenamedMovedAndStaffed() {
        assertThat(api.send("PATCH", "/api/teams/" + inbound, Map.of("name", "Inbound sales")).status()).isEqualTo(204);
        assertThat(api.send("PATCH", "/api/teams/" + inbound, Map.of("name", "Inbound sales")).status()).isEqualTo(409);
        assertThat(api.send("PUT", "/api/teams/" + inbound + "/lead", Map.of("personId", "ines")).status()).isEqualTo(204);
        assertThat(api.post("/api/teams/" + inbound + "/members", Map.of("personId", "ravi")).status()).isEqualTo(204);
        assertThat(api.post("/api/teams/" + inbound + "/members", Map.of("personId", "sol")).status()).isEqualTo(204);
        assertThat(api.send("DELETE", "/api/teams/" + inbound + "/members/sol", null).status()).isEqualTo(204);
        assertThat(api.send("DELETE", "/api/teams/" + inbound + "/members/sol", null).status()).isEqualTo(409);
        assertThat(api.post("/api/teams/" + inbound + "/parent", Map.of("newParentTeamId", company)).status()).isEqualTo(204);

        eventually(() -> {
            JsonNode team = api.get("/api/teams/" + inbound).body();
            assertThat(team.get("name").asText()).isEqualTo("Inbound sales");
            assertThat(team.get("leadId").asText()).isEqualTo("ines");
            assertThat(team.get("members").toString()).isEqualTo("[\"ravi\"]");
            assertThat(team.get("parentTeamId").asText()).isEqualTo(company);
        });
    }

    @Test
    void levelsFollowTheTreeWhenASubtreeMoves() {
        String emea = api.create("/api/teams", Map.of("name", "EMEA", "parentTeamId", company));
        eventually(() -> assertThat(levelOf(inbound)).isEqualTo(2));
        assertThat(levelOf(company)).isZero();

        assertThat(api.post("/api/teams/" + sales + "/parent", Map.of("newParentTeamId", emea)).status()).isEqualTo(204);

        eventually(() -> {
            assertThat(levelOf(sales)).isEqualTo(2);
            assertThat(levelOf(inbound)).isEqualTo(3);
        });
    }

    private int levelOf(String team) {
        return api.get("/api/teams/" + team).body().get("level").asInt();
    }

    @Test
    void aTeamCannotMoveUnderItselfOrBelow() {
        Api.Response underChild = api.post("/api/teams/" + sales + "/parent", Map.of("newParentTeamId", inbound));
        assertThat(underChild.status()).isEqualTo(422);
        assertThat(underChild.body().get("field").asText()).isEqualTo("newParentTeamId");
        assertThat(api.post("/api/teams/" + sales + "/parent", Map.of("newParentTeamId", sales)).status()).isEqualTo(422);
    }

    @Test
    void aPlanIsFramedOnceAndThenReframed() {
        assertThat(api.post("/api/teams/" + sales + "/members", Map.of("personId", "dana")).status()).isEqualTo(204);
        String priority = api.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Win three logos", "ownerId", "dana"));
        Api.Response framed = api.post("/api/teams/" + sales + "/plan", Map.of("quarter", "2026-Q4",
                "purpose", "Bring revenue in", "outcome", "Three new enterprise customers live",
                "annualGoals", List.of("Double ARR", "Enter the DACH market")));
        assertThat(framed.status()).isEqualTo(201);
        assertThat(api.post("/api/teams/" + sales + "/plan", Map.of("quarter", "2026-Q4", "outcome", "Other")).status())
                .isEqualTo(409);
        assertThat(api.send("PUT", "/api/teams/" + sales + "/plan", Map.of("quarter", "2026-Q4",
                "outcome", "Four new enterprise customers live", "reason", "pipeline is stronger")).status()).isEqualTo(204);
        assertThat(api.send("PUT", "/api/teams/" + sales + "/plan", Map.of("quarter", "2026-Q4",
                "outcome", "Four new enterprise customers live")).status()).isEqualTo(409);

        eventually(() -> {
            JsonNode plan = api.get("/api/teams/" + sales + "/plan?quarter=2026-Q4").body();
            assertThat(plan.get("teamName").asText()).isEqualTo("Sales");
            assertThat(plan.get("framing").get("outcome").asText()).isEqualTo("Four new enterprise customers live");
            assertThat(plan.get("framing").get("purpose").asText()).isEqualTo("Bring revenue in");
            assertThat(plan.get("framing").get("annualGoals").toString()).isEqualTo("[\"Double ARR\",\"Enter the DACH market\"]");
            assertThat(plan.get("priorities").findValuesAsText("id")).containsExactly(priority);
        });
        assertThat(api.get("/api/teams/" + sales + "/plan?quarter=2027-Q1").body().get("framing").isNull()).isTrue();
    }

    @Test
    void badFramingsAreRefused() {
        assertThat(api.post("/api/teams/" + sales + "/plan", Map.of("outcome", "x")).body().get("field").asText())
                .isEqualTo("quarter");
        Api.Response blankGoal = api.post("/api/teams/" + sales + "/plan", Map.of("quarter", "2026-Q4",
                "outcome", "x", "annualGoals", List.of("Double ARR", " ")));
        assertThat(blankGoal.status()).isEqualTo(400);
        assertThat(blankGoal.body().get("field").asText()).isEqualTo("annualGoals[1]");
        assertThat(api.post("/api/teams/" + sales + "/plan", Map.of("quarter", "2026-Q4")).body().get("field").asText())
                .isEqualTo("outcome");
        assertThat(api.post("/api/teams/no-such-team/plan", Map.of("quarter", "2026-Q4", "outcome", "x")).status())
                .isEqualTo(404);
        assertThat(api.send("PUT", "/api/teams/" + sales + "/plan", Map.of("quarter", "2030-Q1", "outcome", "x")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/teams/no-such-team/plan?quarter=2026-Q4").status()).isEqualTo(404);
    }
}
