package io.throughline.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.throughline.support.EventTime.at;
import static io.throughline.support.EventTime.realTime;
import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan as it stood at any instant, and what changed between two, from a history whose event timestamps are set by
 * Axon's clock: each step of the story happens on a known day.
 */
@ThroughlineIntegrationTest
class PlanAsOfTest {

    static final String BEFORE_ANYTHING = "2026-09-01T00:00:00Z";
    static final String REGISTERED = "2026-09-30T09:00:00Z";
    static final String FRAMED = "2026-10-01T09:00:00Z";
    /** A moment after the first priority: the plan lists its priorities in the order they were assigned. */
    static final String SECOND_ASSIGNED = "2026-10-01T09:30:00Z";
    static final String CHANGED = "2026-10-10T09:00:00Z";
    static final String DROPPED = "2026-10-20T09:00:00Z";
    static final String COMPLETED = "2026-11-02T09:00:00Z";

    @LocalServerPort
    int port;

    Api auditor;
    String team;
    String grow;
    String logos;
    String retain;
    String goal;

    @BeforeEach
    void history() {
        Api admin = new Api(port);
        at(REGISTERED);
        team = admin.company("Time Travel Ltd", "tara");
        Api tara = admin.as("tara");
        admin.people("tom");
        ok(admin.post("/api/teams/" + team + "/members", Map.of("personId", "tom")));

        at(FRAMED);
        ok(tara.post("/api/teams/" + team + "/plan", Map.of("quarter", "2026-Q4", "outcome", "ARR up 20%",
                "annualGoals", List.of("Enterprise"))));
        ok(tara.send("PUT", "/api/teams/" + team + "/plan/lasting", Map.of("purpose", "Keep time",
                "coreValues", List.of("Punctual"))));
        goal = tara.create("/api/teams/" + team + "/annual-goals", Map.of("year", 2026, "title", "Enterprise"));
        grow = tara.create("/api/priorities", Map.of("teamId", team, "quarter", "2026-Q4", "title", "Grow ARR",
                "ownerId", "tara", "annualGoalId", goal));
        at(SECOND_ASSIGNED);
        logos = tara.create("/api/priorities", Map.of("teamId", team, "quarter", "2026-Q4", "title", "Win logos",
                "ownerId", "tara"));

        at(CHANGED);
        ok(tara.send("PATCH", "/api/priorities/" + grow, Map.of("reason", "plans moved", "title", "Grow ARR by 25%")));
        ok(tara.post("/api/priorities/" + logos + "/owner", Map.of("newOwnerId", "tom", "reason", "tom sells")));
        ok(admin.send("PATCH", "/api/teams/" + team, Map.of("name", "Time Travel Group")));
        ok(tara.send("PUT", "/api/teams/" + team + "/plan/lasting", Map.of("purpose", "Bend time", "reason", "bolder")));
        ok(tara.send("PATCH", "/api/teams/" + team + "/annual-goals/" + goal, Map.of("title", "Enterprise and public")));

        at(DROPPED);
        ok(tara.post("/api/priorities/" + logos + "/drop", Map.of("reason", "no budget")));
        retain = tara.create("/api/priorities", Map.of("teamId", team, "quarter", "2026-Q4", "title", "Retain",
                "ownerId", "tom"));

        at(COMPLETED);
        ok(tara.post("/api/priorities/" + grow + "/complete", Map.of("comment", "done")));
        ok(tara.send("PUT", "/api/teams/" + team + "/plan", Map.of("quarter", "2026-Q4", "outcome", "ARR up 25%",
                "reason", "raised")));
        realTime();

        auditor = admin.as("ada", "AUDITOR");
        eventually(() -> assertThat(auditor.get("/api/priorities/" + grow).body().get("status").asText())
                .isEqualTo("COMPLETED"));
    }

    @AfterEach
    void backToRealTime() {
        realTime();
    }

    @Test
    void beforeTheTeamExistedThereIsNoPlan() {
        Api.Response none = auditor.get(plan(BEFORE_ANYTHING));
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body().get("detail").asText()).contains(team).contains(BEFORE_ANYTHING);
    }

    @Test
    void beforeItWasFramedThePlanIsEmpty() {
        JsonNode plan = ok(auditor.get(plan("2026-09-30T12:00:00Z"))).body();
        assertThat(plan.get("teamName").asText()).isEqualTo("Time Travel Ltd");
        assertThat(plan.get("framing").isNull()).isTrue();
        assertThat(plan.get("priorities")).isEmpty();
    }

    @Test
    void rightAfterFramingThePrioritiesAreAsFirstAssigned() {
        JsonNode plan = ok(auditor.get(plan("2026-10-05T00:00:00Z"))).body();
        assertThat(plan.get("asOf").asText()).isEqualTo("2026-10-05T00:00:00Z");
        assertThat(plan.get("framing").get("outcome").asText()).isEqualTo("ARR up 20%");
        assertThat(priorities(plan)).containsExactly(
                List.of(grow, "Grow ARR", "tara", "NOT_STARTED"),
                List.of(logos, "Win logos", "tara", "NOT_STARTED"));
    }

    @Test
    void theLayerAboveTheQuarterIsAsItStoodThen() {
        JsonNode before = ok(auditor.get(plan("2026-09-30T12:00:00Z"))).body().get("annualPlan");
        assertThat(before.get("year").asInt()).isEqualTo(2026);
        assertThat(before.get("lasting").get("purpose").isNull()).isTrue();
        assertThat(before.get("goals")).isEmpty();

        JsonNode framed = ok(auditor.get(plan("2026-10-05T00:00:00Z"))).body().get("annualPlan");
        assertThat(framed.get("lasting").get("purpose").asText()).isEqualTo("Keep time");
        assertThat(framed.get("lasting").get("coreValues").get(0).asText()).isEqualTo("Punctual");
        JsonNode goalThen = framed.get("goals").get(0);
        assertThat(goalThen.get("goalId").asText()).isEqualTo(goal);
        assertThat(goalThen.get("title").asText()).isEqualTo("Enterprise");
        assertThat(goalThen.get("priorities").get(0).get("priorityId").asText()).isEqualTo(grow);
        assertThat(goalThen.get("priorities").get(0).get("title").asText()).isEqualTo("Grow ARR");

        JsonNode changed = ok(auditor.get(plan(CHANGED))).body().get("annualPlan");
        assertThat(changed.get("lasting").get("purpose").asText()).isEqualTo("Bend time");
        assertThat(changed.get("lasting").get("coreValues").get(0).asText()).isEqualTo("Punctual");
        assertThat(changed.get("goals").get(0).get("title").asText()).isEqualTo("Enterprise and public");
    }

    @Test
    void anInstantIncludesWhatHappenedAtThatVeryInstant() {
        JsonNode plan = ok(auditor.get(plan(CHANGED))).body();
        assertThat(plan.get("teamName").asText()).isEqualTo("Time Travel Group");
        assertThat(priorities(plan)).containsExactly(
                List.of(grow, "Grow ARR by 25%", "tara", "NOT_STARTED"),
                List.of(logos, "Win logos", "tom", "NOT_STARTED"));
    }

    @Test
    void aPriorityDroppedLaterIsStillThereAndOneAssignedLaterIsNot() {
        JsonNode midOctober = ok(auditor.get(plan("2026-10-15T09:00:00Z"))).body();
        assertThat(priorities(midOctober)).extracting(priority -> priority.get(0)).containsExactly(grow, logos);

        JsonNode lateOctober = ok(auditor.get(plan("2026-10-25T00:00:00Z"))).body();
        assertThat(priorities(lateOctober)).containsExactly(
                List.of(grow, "Grow ARR by 25%", "tara", "NOT_STARTED"),
                List.of(logos, "Win logos", "tom", "DROPPED"),
                List.of(retain, "Retain", "tom", "NOT_STARTED"));
    }

    @Test
    void nowThePlanFromTheLogMatchesTheLivePlan() {
        JsonNode asOfNow = ok(auditor.get(plan(Instant.now().toString()))).body();
        JsonNode live = ok(auditor.get("/api/teams/" + team + "/plan?quarter=2026-Q4")).body();
        assertThat(asOfNow.get("priorities")).isEqualTo(live.get("priorities"));
        assertThat(asOfNow.get("framing")).isEqualTo(live.get("framing"));
        assertThat(asOfNow.get("framing").get("outcome").asText()).isEqualTo("ARR up 25%");
    }

    @Test
    void theChangesBetweenTwoInstantsNameWhatWasAddedChangedReassignedDroppedAndCompleted() {
        JsonNode changes = ok(auditor.get("/api/teams/" + team + "/plan/changes?quarter=2026-Q4&from=2026-10-05T00:00:00Z"
                + "&to=2026-11-05T00:00:00Z")).body();
        assertThat(changes.get("framing").get("outcome").get("before").asText()).isEqualTo("ARR up 20%");
        assertThat(changes.get("framing").get("outcome").get("after").asText()).isEqualTo("ARR up 25%");
        assertThat(ids(changes.get("added"))).containsExactly(retain);
        assertThat(ids(changes.get("dropped"))).containsExactly(logos);
        assertThat(ids(changes.get("completed"))).containsExactly(grow);
        assertThat(changes.get("reassigned")).singleElement().satisfies(reassignment -> {
            assertThat(reassignment.get("priorityId").asText()).isEqualTo(logos);
            assertThat(reassignment.get("before").asText()).isEqualTo("tara");
            assertThat(reassignment.get("after").asText()).isEqualTo("tom");
        });
        JsonNode growChanged = StreamSupport.stream(changes.get("changed").spliterator(), false)
                .filter(changed -> changed.get("priorityId").asText().equals(grow)).findFirst().orElseThrow();
        assertThat(growChanged.get("fields").get("title").get("before").asText()).isEqualTo("Grow ARR");
        assertThat(growChanged.get("fields").get("title").get("after").asText()).isEqualTo("Grow ARR by 25%");
        assertThat(growChanged.get("fields").get("status").get("after").asText()).isEqualTo("COMPLETED");

        JsonNode quiet = ok(auditor.get("/api/teams/" + team + "/plan/changes?quarter=2026-Q4&from=2026-10-11T00:00:00Z"
                + "&to=2026-10-19T00:00:00Z")).body();
        assertThat(quiet.get("added")).isEmpty();
        assertThat(quiet.get("changed")).isEmpty();
        assertThat(quiet.get("framing")).isEmpty();
    }

    @Test
    void badInstantsAreRefusedWithWhatIsWrong() {
        Api.Response reversed = auditor.get("/api/teams/" + team + "/plan/changes?quarter=2026-Q4"
                + "&from=2026-10-20T00:00:00Z&to=2026-10-01T00:00:00Z");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body().get("detail").asText()).contains("from").contains("must not be after");

        Api.Response garbage = auditor.get(plan("last-tuesday"));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body().get("detail").asText()).contains("asOf");
    }

    private String plan(String asOf) {
        return "/api/teams/" + team + "/plan?quarter=2026-Q4&asOf=" + asOf;
    }


    private static List<List<String>> priorities(JsonNode plan) {
        return StreamSupport.stream(plan.get("priorities").spliterator(), false)
                .map(priority -> List.of(priority.get("id").asText(), priority.get("title").asText(),
                        priority.get("ownerId").asText(), priority.get("status").asText()))
                .toList();
    }

    private static List<String> ids(JsonNode priorities) {
        return StreamSupport.stream(priorities.spliterator(), false).map(priority -> priority.get("id").asText()).toList();
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 204);
        return response;
    }
}
