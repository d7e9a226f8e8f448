package io.throughline.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.throughline.support.EventTime.at;
import static io.throughline.support.EventTime.realTime;
import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measured progress as it was computed at instants of a past quarter: grow (the company's) served by win, measured by
 * ARR (0 to 100, higher is better), and by hire, measured by one milestone. ARR reads 40, is corrected to 60, its
 * target moves to 120, hire's milestone is done, hire is dropped, and after the quarter ARR is corrected once more.
 * Event timestamps are set by Axon's clock; the quarter is one no other test uses.
 */
@ThroughlineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressAsOfTest {

    static final String QUARTER = "2023-Q3";
    static final String REGISTERED = "2023-06-20T09:00:00Z";
    static final String ASSIGNED = "2023-07-03T09:00:00Z";
    static final String HIRE_ASSIGNED = "2023-07-03T09:05:00Z";
    static final String RECORDED = "2023-07-17T09:00:00Z";
    static final String CORRECTED = "2023-07-31T09:00:00Z";
    static final String RETARGETED = "2023-08-14T09:00:00Z";
    static final String MILESTONE_DONE = "2023-08-28T09:00:00Z";
    static final String DROPPED = "2023-09-11T09:00:00Z";
    static final String CORRECTED_AFTER = "2023-10-09T09:00:00Z";

    @LocalServerPort
    int port;

    Api auditor;
    String sales;
    String grow;
    String win;
    String hire;
    String arr;

    @BeforeAll
    void history() {
        Api admin = new Api(port);
        at(REGISTERED);
        String company = admin.company("Progress Then Ltd", "pia");
        Api pia = admin.as("pia");
        admin.people("sven");
        sales = pia.create("/api/teams", Map.of("name", "Sales Then", "parentTeamId", company));
        ok(pia.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", "sven")));
        Api sven = admin.as("sven");

        at(ASSIGNED);
        grow = pia.create("/api/priorities", Map.of("teamId", company, "quarter", QUARTER, "title", "Grow",
                "ownerId", "pia"));
        win = sven.create("/api/priorities", Map.of("teamId", sales, "quarter", QUARTER, "title", "Win",
                "ownerId", "sven", "parentPriorityId", grow));
        arr = sven.create("/api/metrics", Map.of("teamId", sales, "name", "ARR", "unit", "k€", "target", 100,
                "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "sven", "priorityId", win,
                "baseline", 0));

        at(HIRE_ASSIGNED);
        hire = sven.create("/api/priorities", Map.of("teamId", sales, "quarter", QUARTER, "title", "Hire",
                "ownerId", "sven", "parentPriorityId", grow));
        String offer = sven.create("/api/priorities/" + hire + "/milestones", Map.of("title", "Offer signed",
                "dueDate", "2023-08-31"));

        at(RECORDED);
        assertThat(sven.post("/api/metrics/" + arr + "/values", Map.of("period", "2023-W28", "value", 40)).status())
                .isEqualTo(201);

        at(CORRECTED);
        ok(sven.send("PUT", "/api/metrics/" + arr + "/values/2023-W28", Map.of("value", 60, "reason", "late deals")));

        at(RETARGETED);
        ok(sven.send("PATCH", "/api/metrics/" + arr, Map.of("target", 120, "reason", "board raised the bar")));

        at(MILESTONE_DONE);
        ok(sven.post("/api/priorities/" + hire + "/milestones/" + offer + "/complete", null));

        at(DROPPED);
        ok(sven.post("/api/priorities/" + hire + "/drop", Map.of("reason", "hiring freeze")));

        at(CORRECTED_AFTER);
        ok(sven.send("PUT", "/api/metrics/" + arr + "/values/2023-W28", Map.of("value", 120, "reason", "audit")));
        realTime();

        // A name no other test class gives another role: test classes share a database.
        auditor = admin.as("aude-progress", "AUDITOR");
        eventually(() -> assertThat(auditor.get("/api/priorities/" + win).body().path("progress").asDouble())
                .isEqualTo(100.0));
    }

    @AfterAll
    void backToRealTime() {
        realTime();
    }

    @Test
    void eachInstantTellsTheProgressComputedThenBesideTheProgressExpectedThen() {
        assertThat(progress(asOf("2023-07-04T00:00:00Z"))).as("assigned, nothing recorded, nothing done")
                .containsExactly("Grow 0.0 (Win null, Hire 0.0)", "  Win null (ARR null)",
                        "  Hire 0.0 (Milestones 0.0)");
        assertThat(progress(asOf(RECORDED))).as("at the very instant ARR read 40: (40 + 0) / 2")
                .containsExactly("Grow 20.0 (Win 40.0, Hire 0.0)", "  Win 40.0 (ARR 40.0)",
                        "  Hire 0.0 (Milestones 0.0)");
        assertThat(progress(asOf("2023-07-31T08:59:59Z"))).as("a second before the correction")
                .contains("Grow 20.0 (Win 40.0, Hire 0.0)");
        assertThat(progress(asOf(CORRECTED))).as("corrected to 60")
                .containsExactly("Grow 30.0 (Win 60.0, Hire 0.0)", "  Win 60.0 (ARR 60.0)",
                        "  Hire 0.0 (Milestones 0.0)");
        assertThat(progress(asOf("2023-08-20T00:00:00Z"))).as("60 of a target of 120")
                .containsExactly("Grow 25.0 (Win 50.0, Hire 0.0)", "  Win 50.0 (ARR 50.0)",
                        "  Hire 0.0 (Milestones 0.0)");
        assertThat(progress(asOf("2023-09-01T00:00:00Z"))).as("the offer signed: (50 + 100) / 2")
                .containsExactly("Grow 75.0 (Win 50.0, Hire 100.0)", "  Win 50.0 (ARR 50.0)",
                        "  Hire 100.0 (Milestones 100.0)");
        assertThat(progress(asOf("2023-09-12T00:00:00Z"))).as("hire dropped leaves grow's mean")
                .containsExactly("Grow 50.0 (Win 50.0)", "  Win 50.0 (ARR 50.0)", "  Hire 100.0 (Milestones 100.0)");

        JsonNode august = asOf("2023-08-20T00:00:00Z");
        assertThat(august.get("priorities").get(0).get("expectedProgress").decimalValue())
                .as("51 of Q3's 92 days").isEqualByComparingTo("55.4");
    }

    @Test
    void theFinalRollUpKeepsTheProgressOfTheQuarterEndWhileTheLiveOneMovesWithTheLaterCorrection() {
        JsonNode last = ok(auditor.get("/api/dashboard?quarter=" + QUARTER + "&final=true")).body();
        assertThat(progress(last)).containsExactly("Grow 50.0 (Win 50.0)", "  Win 50.0 (ARR 50.0)",
                "  Hire 100.0 (Milestones 100.0)");

        JsonNode now = ok(auditor.get("/api/dashboard?quarter=" + QUARTER)).body();
        assertThat(progress(now)).as("120 of 120 since October").containsExactly("Grow 100.0 (Win 100.0)",
                "  Win 100.0 (ARR 100.0)", "  Hire 100.0 (Milestones 100.0)");
    }

    @Test
    void aTeamsDashboardAsOfAnInstantTellsItsPrioritiesProgressThenWithTheMeasuresBehindIt() {
        JsonNode recorded = ok(auditor.get("/api/teams/" + sales + "/dashboard?quarter=" + QUARTER
                + "&asOf=2023-07-20T00:00:00Z")).body();
        assertThat(readings(recorded)).containsExactly("40.0 (ARR 40.0)", "0.0 (Milestones 0.0)");
        JsonNode win = recorded.get("progress").get(0);
        assertThat(win.get("expectedProgress").decimalValue()).as("20 of 92 days").isEqualByComparingTo("21.7");
        assertThat(win.get("weight").decimalValue()).isEqualByComparingTo("1");

        JsonNode retargeted = ok(auditor.get("/api/teams/" + sales + "/dashboard?quarter=" + QUARTER
                + "&asOf=" + MILESTONE_DONE)).body();
        assertThat(readings(retargeted)).containsExactly("50.0 (ARR 50.0)", "100.0 (Milestones 100.0)");
    }

    @Test
    void theParentsPastProgressListsTheChildrenServingItThen() {
        JsonNode grow = ok(auditor.get("/api/teams/" + teamOf(this.grow) + "/dashboard?quarter=" + QUARTER
                + "&asOf=2023-09-01T00:00:00Z")).body();
        assertThat(readings(grow)).containsExactly("75.0 (Win 50.0, Hire 100.0)");
        JsonNode afterDrop = ok(auditor.get("/api/teams/" + teamOf(this.grow) + "/dashboard?quarter=" + QUARTER
                + "&asOf=2023-09-12T00:00:00Z")).body();
        assertThat(readings(afterDrop)).containsExactly("50.0 (Win 50.0)");
    }

    private String teamOf(String priority) {
        return auditor.get("/api/priorities/" + priority).body().get("teamId").asText();
    }

    private JsonNode asOf(String instant) {
        return ok(auditor.get("/api/dashboard?quarter=" + QUARTER + "&asOf=" + instant)).body();
    }

    /** Each priority of a team's dashboard as "progress (measure contribution, …)", in its order. */
    private static List<String> readings(JsonNode dashboard) {
        List<String> lines = new ArrayList<>();
        dashboard.get("progress").forEach(reading -> lines.add(reading.get("progress").asText() + " ("
                + measures(reading) + ")"));
        return lines;
    }

    /** The cascade as lines: title progress (measure contribution, …), indented by depth. */
    private static List<String> progress(JsonNode dashboard) {
        List<String> lines = new ArrayList<>();
        dashboard.get("priorities").forEach(node -> lines(node, "", lines));
        return lines;
    }

    private static void lines(JsonNode node, String indent, List<String> lines) {
        lines.add(indent + node.get("title").asText() + " " + node.get("progress").asText() + " (" + measures(node)
                + ")");
        node.get("children").forEach(child -> lines(child, indent + "  ", lines));
    }

    private static String measures(JsonNode reading) {
        List<String> measures = new ArrayList<>();
        reading.get("measures").forEach(measure -> measures.add(measure.get("name").asText() + " "
                + measure.get("contribution").asText()));
        return String.join(", ", measures);
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 204);
        return response;
    }
}
