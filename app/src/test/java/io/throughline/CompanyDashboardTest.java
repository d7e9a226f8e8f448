package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company roll-up of a quarter built through the API. The quarter is one no other test uses, because the test
 * context, and so the database, is shared by every test class.
 */
@ThroughlineIntegrationTest
class CompanyDashboardTest {

    private static final String QUARTER = "2031-Q2";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    Api api;
    String company;
    String sales;
    String ops;

    @BeforeEach
    void organisation() {
        Api admin = new Api(port);
        company = admin.company("Dash Corp", "dora");
        api = admin.as("dora");
        admin.people("eve", "oscar", "sam", "olga");
        assertThat(admin.post("/api/teams/" + company + "/members", Map.of("personId", "eve")).status()).isEqualTo(204);
        sales = api.create("/api/teams", Map.of("name", "Dash Sales", "parentTeamId", company));
        ops = api.create("/api/teams", Map.of("name", "Dash Ops", "parentTeamId", company));
        assertThat(api.post("/api/teams/" + ops + "/members", Map.of("personId", "oscar")).status()).isEqualTo(204);
        // Owners lead or belong to their priorities' teams; eve, an executive, also sits in sales.
        assertThat(api.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", "sam")).status()).isEqualTo(204);
        assertThat(api.post("/api/teams/" + sales + "/members", Map.of("personId", "eve")).status()).isEqualTo(204);
        assertThat(api.post("/api/teams/" + ops + "/members", Map.of("personId", "olga")).status()).isEqualTo(204);
    }

    @Test
    void theCascadeAndItsMeasures() throws Exception {
        String grow = assign(company, "Grow ARR", "dora", null, "2031-06-30");
        String costs = assign(company, "Cut costs", "eve", null, null);
        String win = assign(sales, "Win logos", "sam", grow, null);
        String vendors = assign(ops, "Consolidate vendors", "olga", costs, null);
        assign(sales, "Hire account executives", "eve", null, null);
        String tooling = assign(ops, "Renew tooling", "olga", null, null);

        // Twice changed is not churn; a status report is no change.
        ok(api.send("PATCH", "/api/priorities/" + win, Map.of("reason", "plans moved", "title", "Win three logos")));
        ok(api.send("PATCH", "/api/priorities/" + win, Map.of("reason", "plans moved", "title", "Win four logos")));
        ok(api.post("/api/priorities/" + win + "/status", Map.of("status", "AT_RISK")));
        // Changed, reassigned and realigned: three times, churn.
        ok(api.send("PATCH", "/api/priorities/" + tooling, Map.of("reason", "plans moved", "title", "Renew the tooling")));
        ok(api.post("/api/priorities/" + tooling + "/owner", Map.of("newOwnerId", "oscar", "reason", "olga moved")));
        ok(api.post("/api/priorities/" + tooling + "/parent", Map.of("reason", "plans moved", "newParentPriorityId", grow)));
        ok(api.post("/api/priorities/" + costs + "/drop", Map.of("reason", "budget frozen")));

        JsonNode expected = JSON.readTree("""
                {"quarter": "%1$s",
                 "priorities": [
                   {"id": "%4$s", "title": "Grow ARR", "teamId": "%2$s", "teamName": "Dash Corp", "ownerId": "dora",
                    "status": "NOT_STARTED", "dueDate": "2031-06-30", "orphaned": false,
                    "serving": {"AT_RISK": 1, "NOT_STARTED": 1}, "children": [
                      {"id": "%6$s", "title": "Win four logos", "teamId": "%3$s", "teamName": "Dash Sales",
                       "ownerId": "sam", "status": "AT_RISK", "dueDate": null, "orphaned": false, "serving": {},
                       "children": [], "contributesTo": [],
                       "progress": null, "expectedProgress": 0.0, "weight": 1, "optimistic": false, "measures": []},
                      {"id": "%8$s", "title": "Renew the tooling", "teamId": "%9$s", "teamName": "Dash Ops",
                       "ownerId": "oscar", "status": "NOT_STARTED", "dueDate": null, "orphaned": false, "serving": {},
                       "children": [], "contributesTo": [],
                       "progress": null, "expectedProgress": 0.0, "weight": 1, "optimistic": false, "measures": []}], "contributesTo": [],
                    "progress": null, "expectedProgress": 0.0, "weight": 1, "optimistic": false, "measures": [
                      {"kind": "PRIORITY", "id": "%6$s", "name": "Win four logos", "contribution": null, "weight": 1},
                      {"kind": "PRIORITY", "id": "%8$s", "name": "Renew the tooling", "contribution": null,
                       "weight": 1}]},
                   {"id": "%5$s", "title": "Cut costs", "teamId": "%2$s", "teamName": "Dash Corp", "ownerId": "eve",
                    "status": "DROPPED", "dueDate": null, "orphaned": false, "serving": {"NOT_STARTED": 1},
                    "children": [
                      {"id": "%7$s", "title": "Consolidate vendors", "teamId": "%9$s", "teamName": "Dash Ops",
                       "ownerId": "olga", "status": "NOT_STARTED", "dueDate": null, "orphaned": true, "serving": {},
                       "children": [], "contributesTo": [],
                       "progress": null, "expectedProgress": 0.0, "weight": 1, "optimistic": false, "measures": []}], "contributesTo": [],
                    "progress": null, "expectedProgress": 0.0, "weight": 1, "optimistic": false, "measures": [
                      {"kind": "PRIORITY", "id": "%7$s", "name": "Consolidate vendors", "contribution": null,
                       "weight": 1}]}],
                 "ownedBelowExecutives": {"count": 3, "outOf": 5, "value": 0.6},
                 "alignment": {"count": 2, "outOf": 4, "value": 0.5},
                 "orphaned": [{"id": "%7$s", "title": "Consolidate vendors", "teamId": "%9$s", "teamName": "Dash Ops",
                               "ownerId": "olga", "status": "NOT_STARTED", "changeCount": 0,
                               "droppedParent": {"id": "%5$s", "title": "Cut costs", "teamName": "Dash Corp",
                                                 "status": "DROPPED"},
                               "droppedContributions": []}],
                 "churn": [{"id": "%8$s", "title": "Renew the tooling", "teamId": "%9$s", "teamName": "Dash Ops",
                            "ownerId": "oscar", "status": "NOT_STARTED", "changeCount": 3,
                            "droppedParent": null, "droppedContributions": []}],
                 "optimistic": [], "asOf": null, "finalSnapshot": null}
                """.formatted(QUARTER, company, sales, grow, costs, win, vendors, tooling, ops));
        // Below the executives (dora, eve): win, vendors, tooling of the five not dropped; hire is eve's.
        // Aligned: win and tooling of the four team priorities not dropped; vendors is orphaned, hire serves nothing.
        eventually(() -> {
            JsonNode dashboard = api.get("/api/dashboard?quarter=" + QUARTER).body();
            List<String> reported = new ArrayList<>();
            instantsTakenOut(dashboard.get("priorities"), reported);
            assertThat(reported).as("only a status report dates the last report").containsExactly("Win four logos");
            assertThat(dashboard).isEqualTo(expected);
        });
    }

    @Test
    void aQuarterWithoutPrioritiesHasNothingToMeasure() {
        JsonNode empty = api.get("/api/dashboard?quarter=1999-Q1").body();

        assertThat(empty.get("priorities")).isEmpty();
        assertThat(empty.get("alignment").toString()).isEqualTo("{\"count\":0,\"outOf\":0,\"value\":null}");
        assertThat(empty.get("ownedBelowExecutives").get("value").isNull()).isTrue();
    }

    @Test
    void theQuarterIsRequiredAndMustBeAQuarter() {
        assertRefused(api.get("/api/dashboard"), "quarter: is required");
        assertRefused(api.get("/api/dashboard?quarter=2026-Q5"), "quarter: must look like 2026-Q4, was '2026-Q5'");
    }

    private void assertRefused(Api.Response response, String detail) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("field").asText()).isEqualTo("quarter");
        assertThat(response.body().get("detail").asText()).startsWith(detail);
    }

    private String assign(String team, String title, String owner, String parent, String dueDate) {
        Map<String, String> body = new HashMap<>(Map.of("teamId", team, "quarter", QUARTER, "title", title,
                "ownerId", owner));
        if (parent != null) {
            body.put("parentPriorityId", parent);
        }
        if (dueDate != null) {
            body.put("dueDate", dueDate);
        }
        return api.create("/api/priorities", body);
    }

    /**
     * Takes each node's assignedAt (which every node has) and reportedAt out of the cascade, which then compares with a
     * literal; adds the titles of the nodes with a reportedAt to {@code reported}.
     */
    private static void instantsTakenOut(JsonNode nodes, List<String> reported) {
        for (JsonNode node : nodes) {
            ObjectNode fields = (ObjectNode) node;
            assertThat(Instant.parse(fields.remove("assignedAt").asText())).isBefore(Instant.now());
            if (!fields.remove("reportedAt").isNull()) {
                reported.add(node.get("title").asText());
            }
            instantsTakenOut(node.get("children"), reported);
        }
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    }
}
