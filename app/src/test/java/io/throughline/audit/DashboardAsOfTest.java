package io.throughline.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company roll-up as it stood at five instants of a quarter, and the quarter's final roll-up with a correction
 * made after it ended. Event timestamps are set by Axon's clock, so each step happens on a known day; the quarter is
 * one no other test uses, since the roll-up spans every team of the quarter.
 */
@ThroughlineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardAsOfTest {

    static final String QUARTER = "2024-Q2";
    static final String REGISTERED = "2024-03-20T09:00:00Z";
    static final String ASSIGNED = "2024-04-01T09:00:00Z";
    static final String AT_RISK = "2024-04-15T09:00:00Z";
    static final String DROPPED = "2024-05-01T09:00:00Z";
    static final String REINSTATED = "2024-06-10T09:00:00Z";
    static final String CLOSED = "2024-06-28T09:00:00Z";
    static final String CORRECTED = "2024-07-05T09:00:00Z";

    @LocalServerPort
    int port;

    Api auditor;
    String ops;
    String company;
    String grow;
    String ship;
    String hire;

    /** Once: the quarter's roll-up spans every priority of it, so a second history would double it. */
    @BeforeAll
    void history() {
        Api admin = new Api(port);
        at(REGISTERED);
        company = admin.company("As Of Ltd", "kim");
        Api kim = admin.as("kim");
        admin.people("olaf");
        ops = kim.create("/api/teams", Map.of("name", "Ops", "parentTeamId", company));
        ok(kim.send("PUT", "/api/teams/" + ops + "/lead", Map.of("personId", "olaf")));
        Api olaf = admin.as("olaf");

        at(ASSIGNED);
        grow = kim.create("/api/priorities", Map.of("teamId", company, "quarter", QUARTER, "title", "Grow",
                "ownerId", "kim"));
        ship = olaf.create("/api/priorities", Map.of("teamId", ops, "quarter", QUARTER, "title", "Ship",
                "ownerId", "olaf", "parentPriorityId", grow));

        at(AT_RISK);
        ok(olaf.post("/api/priorities/" + ship + "/status", Map.of("status", "AT_RISK", "comment", "late parts")));
        ok(kim.send("PATCH", "/api/teams/" + ops, Map.of("name", "Operations")));

        at(DROPPED);
        ok(kim.post("/api/priorities/" + grow + "/drop", Map.of("reason", "no budget")));
        hire = kim.create("/api/priorities", Map.of("teamId", company, "quarter", QUARTER, "title", "Hire",
                "ownerId", "kim"));
        ok(olaf.post("/api/priorities/" + ship + "/contributes-to", Map.of("priorityId", hire)));
        olaf.create("/api/metrics", Map.of("teamId", ops, "name", "On-time delivery", "unit", "%", "target", 95,
                "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "olaf"));

        at(REINSTATED);
        ok(kim.post("/api/priorities/" + grow + "/reinstate", Map.of("reason", "budget found")));
        ok(olaf.post("/api/priorities/" + ship + "/status", Map.of("status", "ON_TRACK", "comment", "parts in")));

        at(CLOSED);
        ok(kim.post("/api/teams/" + company + "/quarters/" + QUARTER + "/close", Map.of("decisions", List.of(
                Map.of("priorityId", grow, "outcome", "DONE"),
                Map.of("priorityId", hire, "outcome", "MISSED", "reflection", "no candidates")))));

        at(CORRECTED);
        ok(olaf.post("/api/priorities/" + ship + "/status", Map.of("status", "OFF_TRACK", "comment", "recount")));
        GenericEventMessage.clock = Clock.systemUTC();

        auditor = admin.as("ada", "AUDITOR");
        eventually(() -> assertThat(auditor.get("/api/priorities/" + ship).body().get("status").asText())
                .isEqualTo("OFF_TRACK"));
    }

    @AfterAll
    void realTime() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void beforeAnythingWasAssignedTheRollUpIsEmpty() {
        JsonNode then = asOf("2024-03-25T00:00:00Z");
        assertThat(then.get("asOf").asText()).isEqualTo("2024-03-25T00:00:00Z");
        assertThat(then.get("priorities")).isEmpty();
        assertThat(then.get("alignment").get("outOf").asInt()).isZero();
    }

    @Test
    void rightAfterAssignmentTheCascadeIsAsFirstAssigned() {
        JsonNode then = asOf("2024-04-02T00:00:00Z");
        assertThat(nodes(then)).containsExactly(
                "Grow · As Of Ltd · kim · NOT_STARTED",
                "  Ship · Ops · olaf · NOT_STARTED");
        assertThat(then.get("alignment").get("count").asInt()).isEqualTo(1);
    }

    @Test
    void anInstantIncludesWhatHappenedAtThatVeryInstantWithTheTeamsNameThen() {
        JsonNode then = asOf(AT_RISK);
        assertThat(nodes(then)).containsExactly(
                "Grow · As Of Ltd · kim · NOT_STARTED",
                "  Ship · Operations · olaf · AT_RISK");
        assertThat(then.get("priorities").get(0).get("serving").get("AT_RISK").asInt()).isEqualTo(1);
        assertThat(nodes(asOf("2024-04-15T08:59:59Z"))).as("a second before")
                .contains("  Ship · Ops · olaf · NOT_STARTED");
    }

    @Test
    void whileItsParentWasDroppedThePriorityWasAnOrphanAndItsLateralLinkStood() {
        JsonNode then = asOf("2024-05-02T00:00:00Z");
        assertThat(nodes(then)).containsExactly(
                "Grow · As Of Ltd · kim · DROPPED",
                "  Ship · Operations · olaf · AT_RISK",
                "Hire · As Of Ltd · kim · NOT_STARTED");
        JsonNode orphan = then.get("orphaned").get(0);
        assertThat(orphan.get("id").asText()).isEqualTo(ship);
        assertThat(orphan.get("droppedParent").get("title").asText()).isEqualTo("Grow");
        assertThat(then.get("priorities").get(0).get("children").get(0).get("contributesTo").get(0).get("title")
                .asText()).isEqualTo("Hire");
    }

    @Test
    void afterTheReinstatementNothingIsOrphanedAndTheLiveRollUpHasMovedOnSince() {
        JsonNode then = asOf("2024-06-11T00:00:00Z");
        assertThat(nodes(then)).containsExactly(
                "Grow · As Of Ltd · kim · NOT_STARTED",
                "  Ship · Operations · olaf · ON_TRACK",
                "Hire · As Of Ltd · kim · NOT_STARTED");
        assertThat(then.get("orphaned")).isEmpty();

        JsonNode now = ok(auditor.get("/api/dashboard?quarter=" + QUARTER)).body();
        assertThat(now.get("asOf").isNull()).isTrue();
        assertThat(nodes(now)).containsExactly(
                "Grow · As Of Ltd · kim · COMPLETED",
                "  Ship · Operations · olaf · OFF_TRACK",
                "Hire · As Of Ltd · kim · MISSED");
    }

    @Test
    void theFinalRollUpIsTakenWhenEachTeamEndedTheQuarterAndLaterCorrectionsShowBesideIt() {
        JsonNode last = ok(auditor.get("/api/dashboard?quarter=" + QUARTER + "&final=true")).body();
        assertThat(nodes(last)).containsExactly(
                "Grow · As Of Ltd · kim · COMPLETED",
                "  Ship · Operations · olaf · ON_TRACK",
                "Hire · As Of Ltd · kim · MISSED");
        JsonNode cutOffs = last.get("finalSnapshot").get("cutOffs");
        assertThat(cutOffs).hasSize(2);
        Map<String, String> byTeam = new HashMap<>();
        cutOffs.forEach(cut -> byTeam.put(cut.get("teamName").asText(),
                cut.get("at").asText() + (cut.get("closed").asBoolean() ? " closed" : " ended")));
        assertThat(byTeam).containsEntry("As Of Ltd", CLOSED + " closed")
                .containsEntry("Operations", "2024-06-30T23:59:59.999999Z ended");
        JsonNode differences = last.get("finalSnapshot").get("differences");
        assertThat(differences).hasSize(1);
        JsonNode correction = differences.get(0);
        assertThat(List.of(correction.get("priorityId").asText(), correction.get("field").asText(),
                correction.get("inSnapshot").asText(), correction.get("now").asText()))
                .containsExactly(ship, "status", "ON_TRACK", "OFF_TRACK");
    }

    @Test
    void badInstantsAndUnfinishedQuartersAreRefusedNamingTheParameter() {
        Api.Response future = auditor.get("/api/dashboard?quarter=" + QUARTER + "&asOf="
                + Instant.now().plusSeconds(3600));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("detail").asText()).startsWith("asOf must not be in the future");
        Api.Response both = auditor.get("/api/dashboard?quarter=" + QUARTER + "&final=true&asOf=" + CLOSED);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().get("detail").asText()).startsWith("final:");
        Api.Response unfinished = auditor.get("/api/dashboard?quarter=2031-Q1&final=true");
        assertThat(unfinished.status()).isEqualTo(409);
        assertThat(unfinished.body().get("detail").asText()).contains("2031-Q1 is neither over nor closed");
    }

    @Test
    void aTeamsDashboardAsOfAnInstantTellsItsNameItsPrioritiesAndItsScorecardThen() {
        JsonNode assigned = ok(auditor.get("/api/teams/" + ops + "/dashboard?quarter=" + QUARTER
                + "&asOf=2024-04-02T00:00:00Z")).body();
        assertThat(assigned.get("asOf").asText()).isEqualTo("2024-04-02T00:00:00Z");
        assertThat(assigned.get("name").asText()).isEqualTo("Ops");
        assertThat(teamPriorities(assigned)).containsExactly("Ship · NOT_STARTED · aligned");
        assertThat(assigned.get("metrics")).as("no KPI was defined yet").isEmpty();
        JsonNode progress = assigned.get("progress").get(0);
        assertThat(progress.get("progress").isNull()).as("nothing measured it then").isTrue();
        assertThat(progress.get("expectedProgress").decimalValue()).isPositive();

        JsonNode dropped = ok(auditor.get("/api/teams/" + ops + "/dashboard?asOf=2024-05-02T00:00:00Z")).body();
        assertThat(dropped.get("name").asText()).isEqualTo("Operations");
        assertThat(teamPriorities(dropped)).containsExactly("Ship · AT_RISK · orphaned");
        assertThat(dropped.get("metrics")).extracting(metric -> metric.get("name").asText())
                .containsExactly("On-time delivery");

        JsonNode now = ok(auditor.get("/api/teams/" + ops + "/dashboard?quarter=" + QUARTER)).body();
        assertThat(now.get("asOf").isNull()).isTrue();
        assertThat(teamPriorities(now)).containsExactly("Ship · OFF_TRACK · aligned");

        assertThat(auditor.get("/api/teams/" + ops + "/dashboard?asOf=2024-03-01T00:00:00Z").status())
                .as("before the team existed").isEqualTo(404);
        Api.Response future = auditor.get("/api/teams/" + ops + "/dashboard?asOf=" + Instant.now().plusSeconds(3600));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("detail").asText()).startsWith("asOf must not be in the future");
    }

    private static List<String> teamPriorities(JsonNode dashboard) {
        List<String> lines = new ArrayList<>();
        dashboard.get("priorities").forEach(priority -> lines.add(priority.get("title").asText() + " · "
                + priority.get("status").asText() + " · " + (priority.get("orphaned").asBoolean() ? "orphaned" : "aligned")));
        return lines;
    }

    private JsonNode asOf(String instant) {
        return ok(auditor.get("/api/dashboard?quarter=" + QUARTER + "&asOf=" + instant)).body();
    }

    /** The cascade as lines: title · team · owner · status, indented by depth. */
    private static List<String> nodes(JsonNode dashboard) {
        List<String> lines = new ArrayList<>();
        dashboard.get("priorities").forEach(node -> lines(node, "", lines));
        return lines;
    }

    private static void lines(JsonNode node, String indent, List<String> lines) {
        lines.add(indent + node.get("title").asText() + " · " + node.get("teamName").asText() + " · "
                + node.get("ownerId").asText() + " · " + node.get("status").asText());
        node.get("children").forEach(child -> lines(child, indent + "  ", lines));
    }

    private static void at(String instant) {
        GenericEventMessage.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 204);
        return response;
    }
}
