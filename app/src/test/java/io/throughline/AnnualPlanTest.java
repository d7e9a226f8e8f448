package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The layer of the One Page Plan above the quarter, through the API: lasting parts and the goals of a year. */
@ThroughlineIntegrationTest
class AnnualPlanTest {

    @LocalServerPort
    int port;

    Api admin;
    Api lead;
    String company;

    @BeforeEach
    void company() {
        admin = new Api(port);
        company = admin.company("Annual Ltd", "anna");
        lead = admin.as("anna");
    }

    @Test
    void theLastingPartsAreSetAndChangedPartByPart() {
        assertThat(lead.send("PUT", plan() + "/lasting", Map.of("coreValues", List.of("Customers first", "Say it plainly"),
                "purpose", "Bring revenue in", "bhag", "Every hospital in Europe",
                "longRangeTargets", List.of("100 customers by 2029"))).status()).isEqualTo(204);
        assertThat(lead.send("PUT", plan() + "/lasting", Map.of("purpose", "Grow revenue", "reason", "new strategy"))
                .status()).isEqualTo(204);

        eventually(() -> {
            JsonNode lasting = annualPlan(2027).get("lasting");
            assertThat(lasting.get("purpose").asText()).isEqualTo("Grow revenue");
            assertThat(lasting.get("bhag").asText()).isEqualTo("Every hospital in Europe");
            assertThat(texts(lasting.get("coreValues"))).containsExactly("Customers first", "Say it plainly");
            assertThat(texts(lasting.get("longRangeTargets"))).containsExactly("100 customers by 2029");
        });
        assertThat(lead.send("PUT", plan() + "/lasting", Map.of("purpose", "Grow revenue")).status()).isEqualTo(409);
    }

    @Test
    void anAnnualGoalKeepsItsIdThroughRenamingAndRetirement() {
        Api.Response defined = lead.post(goals(), Map.of("year", 2027, "title", "Double ARR"));
        assertThat(defined.status()).isEqualTo(201);
        String goal = defined.body().get("id").asText();
        assertThat(defined.header("Location")).isEqualTo("/api/teams/" + company + "/annual-goals/" + goal);

        assertThat(lead.send("PATCH", goals() + "/" + goal, Map.of("title", "Triple ARR", "reason", "board"))
                .status()).isEqualTo(204);
        assertThat(lead.post(goals() + "/" + goal + "/retire", Map.of("reason", "merged into margin")).status())
                .isEqualTo(204);

        eventually(() -> {
            JsonNode only = annualPlan(2027).get("goals").get(0);
            assertThat(only.get("goalId").asText()).isEqualTo(goal);
            assertThat(only.get("title").asText()).isEqualTo("Triple ARR");
            assertThat(only.get("retired").asBoolean()).isTrue();
            assertThat(only.get("retireReason").asText()).isEqualTo("merged into margin");
        });
        assertThat(annualPlan(2026).get("goals")).isEmpty();
        assertThat(lead.send("PATCH", goals() + "/" + goal, Map.of("title", "Again")).status()).isEqualTo(409);
    }

    @Test
    void eachGoalListsThePrioritiesServingItAcrossTheQuarters() {
        String goal = lead.create(goals(), Map.of("year", 2027, "title", "Double ARR"));
        String spring = lead.create("/api/priorities", Map.of("teamId", company, "quarter", "2027-Q1",
                "title", "Hire two sellers", "ownerId", "anna", "annualGoalId", goal));
        String autumn = lead.create("/api/priorities", Map.of("teamId", company, "quarter", "2027-Q3",
                "title", "Open Lyon", "ownerId", "anna"));
        assertThat(lead.post("/api/priorities/" + autumn + "/annual-goal", Map.of("annualGoalId", goal)).status())
                .isEqualTo(200);

        eventually(() -> {
            JsonNode served = annualPlan(2027).get("goals").get(0).get("priorities");
            assertThat(StreamSupport.stream(served.spliterator(), false)
                    .map(p -> List.of(p.get("priorityId").asText(), p.get("title").asText(), p.get("quarter").asText(),
                            p.get("status").asText(), p.get("ownerId").asText())).toList())
                    .containsExactly(List.of(spring, "Hire two sellers", "2027-Q1", "NOT_STARTED", "anna"),
                            List.of(autumn, "Open Lyon", "2027-Q3", "NOT_STARTED", "anna"));
            assertThat(lead.get("/api/priorities/" + spring).body().get("annualGoalId").asText()).isEqualTo(goal);
        });

        Api.Response otherYear = lead.post("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Last year's", "ownerId", "anna", "annualGoalId", goal));
        assertThat(otherYear.status()).isEqualTo(422);
        assertThat(otherYear.body().get("field").asText()).isEqualTo("annualGoalId");
    }

    @Test
    void refusalsNameTheField() {
        Api.Response noTitle = lead.post(goals(), Map.of("year", 2027, "title", " "));
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.body().get("field").asText()).isEqualTo("title");

        Api.Response noReason = lead.post(goals() + "/" + lead.create(goals(), Map.of("year", 2027, "title", "Margin"))
                + "/retire", Map.of("reason", ""));
        assertThat(noReason.body().get("field").asText()).isEqualTo("reason");

        Api.Response blankValue = lead.send("PUT", plan() + "/lasting", Map.of("coreValues", List.of("Ok", " ")));
        assertThat(blankValue.body().get("field").asText()).isEqualTo("coreValues[1]");
    }

    @Test
    void onlyALeadAtOrAboveTheTeamShapesItsPlan() {
        admin.people("pat");
        Api pat = admin.as("pat");
        assertThat(pat.post(goals(), Map.of("year", 2027, "title", "Mine")).status()).isEqualTo(403);
        assertThat(pat.send("PUT", plan() + "/lasting", Map.of("purpose", "Mine")).status()).isEqualTo(403);
    }

    private JsonNode annualPlan(int year) {
        Api.Response answer = lead.get("/api/teams/" + company + "/annual-plan?year=" + year);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private String plan() {
        return "/api/teams/" + company + "/plan";
    }

    private String goals() {
        return "/api/teams/" + company + "/annual-goals";
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
