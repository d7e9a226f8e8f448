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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    private static final Pattern INSTANT = Pattern.compile("\"(assignedAt|reportedAt)\":\"([^\"]+)\"");

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

    /**
     * The answer's exact text, beside its content above: field order, the scale of each number (a share's four places,
     * a progress's one), dates and instants as written. The roll-up is built and written for speed; it must still answer
     * byte for byte the same.
     */
    @Test
    void theAnswerIsWrittenExactlyAsDocumented() {
        String quarter = "2031-Q4";
        String grow = assign(quarter, company, "Grow ARR", "dora", null, "2031-12-31");
        String costs = assign(quarter, company, "Cut costs", "eve", null, null);
        String win = assign(quarter, sales, "Win logos", "sam", grow, null);
        String partners = assign(quarter, ops, "Sign partners", "olga", grow, null);
        String vendors = assign(quarter, ops, "Consolidate vendors", "olga", costs, null);
        String pilot = api.create("/api/priorities/" + win + "/milestones", Map.of("title", "Pilot", "dueDate", "2031-11-14"));
        api.create("/api/priorities/" + win + "/milestones", Map.of("title", "Launch", "dueDate", "2031-12-11"));
        ok(api.post("/api/priorities/" + win + "/milestones/" + pilot + "/complete", Map.of()));
        ok(api.post("/api/priorities/" + win + "/weights", Map.of("weight", 2.5)));
        ok(api.post("/api/priorities/" + win + "/status", Map.of("status", "AT_RISK")));
        ok(api.post("/api/priorities/" + partners + "/contributes-to", Map.of("priorityId", win)));
        ok(api.post("/api/priorities/" + costs + "/drop", Map.of("reason", "budget frozen")));

        String expected = """
                {"quarter":"%1$s","priorities":[
                {"id":"%4$s","title":"Grow ARR","teamId":"%2$s","teamName":"Dash Corp","ownerId":"dora",
                "status":"NOT_STARTED","dueDate":"2031-12-31","orphaned":false,"assignedAt":"<instant>","reportedAt":null,
                "serving":{"NOT_STARTED":1,"AT_RISK":1},"children":[
                {"id":"%6$s","title":"Win logos","teamId":"%3$s","teamName":"Dash Sales","ownerId":"sam",
                "status":"AT_RISK","dueDate":null,"orphaned":false,"assignedAt":"<instant>","reportedAt":"<instant>",
                "serving":{},"children":[],"contributesTo":[],"progress":50.0,"expectedProgress":0.0,"weight":2.5,
                "optimistic":false,"measures":[{"kind":"MILESTONES","id":null,"name":"Milestones","contribution":50.0,
                "weight":1}]},
                {"id":"%7$s","title":"Sign partners","teamId":"%9$s","teamName":"Dash Ops","ownerId":"olga",
                "status":"NOT_STARTED","dueDate":null,"orphaned":false,"assignedAt":"<instant>","reportedAt":null,
                "serving":{},"children":[],"contributesTo":[{"id":"%6$s","title":"Win logos","teamName":"Dash Sales",
                "status":"AT_RISK"}],"progress":null,"expectedProgress":0.0,"weight":1,"optimistic":false,"measures":[]}],
                "contributesTo":[],"progress":50.0,"expectedProgress":0.0,"weight":1,"optimistic":false,"measures":[
                {"kind":"PRIORITY","id":"%6$s","name":"Win logos","contribution":50.0,"weight":2.5},
                {"kind":"PRIORITY","id":"%7$s","name":"Sign partners","contribution":null,"weight":1}]},
                {"id":"%5$s","title":"Cut costs","teamId":"%2$s","teamName":"Dash Corp","ownerId":"eve",
                "status":"DROPPED","dueDate":null,"orphaned":false,"assignedAt":"<instant>","reportedAt":null,
                "serving":{"NOT_STARTED":1},"children":[
                {"id":"%8$s","title":"Consolidate vendors","teamId":"%9$s","teamName":"Dash Ops","ownerId":"olga",
                "status":"NOT_STARTED","dueDate":null,"orphaned":true,"assignedAt":"<instant>","reportedAt":null,
                "serving":{},"children":[],"contributesTo":[],"progress":null,"expectedProgress":0.0,"weight":1,
                "optimistic":false,"measures":[]}],
                "contributesTo":[],"progress":null,"expectedProgress":0.0,"weight":1,"optimistic":false,"measures":[
                {"kind":"PRIORITY","id":"%8$s","name":"Consolidate vendors","contribution":null,"weight":1}]}],
                "ownedBelowExecutives":{"count":3,"outOf":4,"value":0.7500},
                "alignment":{"count":2,"outOf":3,"value":0.6667},
                "orphaned":[{"id":"%8$s","title":"Consolidate vendors","teamId":"%9$s","teamName":"Dash Ops",
                "ownerId":"olga","status":"NOT_STARTED","changeCount":0,"droppedParent":{"id":"%5$s","title":"Cut costs",
                "teamName":"Dash Corp","status":"DROPPED"},"droppedContributions":[]}],
                "churn":[],"optimistic":[],"asOf":null,"finalSnapshot":null}
                """.formatted(quarter, company, sales, grow, costs, win, partners, vendors, ops)
                .lines().map(String::strip).collect(Collectors.joining());
        eventually(() -> assertThat(instantsMarked(api.text("/api/dashboard?quarter=" + quarter))).isEqualTo(expected));
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
        return assign(QUARTER, team, title, owner, parent, dueDate);
    }

    private String assign(String quarter, String team, String title, String owner, String parent, String dueDate) {
        Map<String, String> body = new HashMap<>(Map.of("teamId", team, "quarter", quarter, "title", title,
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

    /**
     * The answer's text with each instant replaced by {@code <instant>}, once it is checked to be written as
     * {@link Instant#toString()} writes it (ISO-8601 in UTC, fractions of a second in groups of three digits).
     */
    private static String instantsMarked(String answer) {
        Matcher instants = INSTANT.matcher(answer);
        StringBuilder marked = new StringBuilder();
        while (instants.find()) {
            assertThat(Instant.parse(instants.group(2)).toString()).isEqualTo(instants.group(2));
            instants.appendReplacement(marked, "\"$1\":\"<instant>\"");
        }
        return instants.appendTail(marked).toString();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    }
}
