package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measured progress over HTTP. The quarter is one long gone (2025-Q4), so the progress expected of it is 100 % on any
 * day the test runs: grow (the company's) is served by win, measured by ARR (weight 3, 40 % of the way from 0 to 100)
 * and two milestones (one done), and by hire, which nothing measures yet.
 */
@ThroughlineIntegrationTest
class PriorityProgressTest {

    private static final String QUARTER = "2025-Q4";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;

    Api boss;
    Api dana;
    String sales;
    String grow;
    String win;
    String hire;
    String arr;

    @BeforeEach
    void aMeasuredCascade() {
        int n = UNIQUE.incrementAndGet();
        Api admin = new Api(port);
        String maria = "maria-progress" + n;
        String owner = "dana-progress" + n;
        String company = admin.company("Progress Co " + n, maria);
        boss = admin.as(maria);
        admin.people(owner);
        dana = admin.as(owner);
        sales = boss.create("/api/teams", Map.of("name", "Sales " + n, "parentTeamId", company));
        assertThat(boss.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", owner)).status()).isEqualTo(204);
        grow = boss.create("/api/priorities", Map.of("teamId", company, "quarter", QUARTER, "title", "Grow ARR",
                "ownerId", maria));
        win = boss.create("/api/priorities", Map.of("teamId", sales, "quarter", QUARTER, "title", "Win logos",
                "ownerId", owner, "parentPriorityId", grow));
        hire = boss.create("/api/priorities", Map.of("teamId", sales, "quarter", QUARTER, "title", "Hire sellers",
                "ownerId", owner, "parentPriorityId", grow));
        arr = dana.create("/api/metrics", Map.of("teamId", sales, "name", "ARR", "unit", "k€", "target", 100,
                "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", owner, "priorityId", win,
                "baseline", 0, "weight", 3));
        assertThat(dana.post("/api/metrics/" + arr + "/values", Map.of("period", "2025-W45", "value", 40)).status())
                .isEqualTo(201);
        String pilot = dana.create("/api/priorities/" + win + "/milestones", Map.of("title", "Pilot",
                "dueDate", "2025-11-14"));
        dana.create("/api/priorities/" + win + "/milestones", Map.of("title", "Launch", "dueDate", "2025-12-11"));
        assertThat(dana.post("/api/priorities/" + win + "/milestones/" + pilot + "/complete", null).status())
                .isEqualTo(200);
    }

    @Test
    void aPriorityShowsItsProgressTheExpectedAndTheMeasuresBehindIt() {
        JsonNode got = eventually(() -> boss.get("/api/priorities/" + win).body(),
                body -> body.path("progress").asDouble() == 42.5);

        assertThat(got.get("progress").decimalValue()).as("(40 × 3 + 50 × 1) / 4").isEqualByComparingTo("42.5");
        assertThat(got.get("expectedProgress").decimalValue()).isEqualByComparingTo("100");
        assertThat(got.get("weight").decimalValue()).isEqualByComparingTo("1");
        assertThat(got.get("optimistic").asBoolean()).as("not reported yet").isFalse();
        JsonNode kpi = got.get("measures").get(0);
        assertThat(kpi.get("kind").asText()).isEqualTo("METRIC");
        assertThat(kpi.get("id").asText()).isEqualTo(arr);
        assertThat(kpi.get("name").asText()).isEqualTo("ARR");
        assertThat(kpi.get("contribution").decimalValue()).isEqualByComparingTo("40");
        assertThat(kpi.get("weight").decimalValue()).isEqualByComparingTo("3");
        assertThat(got.get("measures").get(1).get("kind").asText()).isEqualTo("MILESTONES");
        assertThat(got.get("measures").get(1).get("contribution").decimalValue()).isEqualByComparingTo("50");

        JsonNode unmeasured = boss.get("/api/priorities/" + hire).body();
        assertThat(unmeasured.get("progress").isNull()).as("no measures: no progress, not 0").isTrue();
        assertThat(unmeasured.get("measures")).isEmpty();
    }

    @Test
    void weightsAreSetThroughTheApiAndABadOneIsRefusedNamingItsField() {
        Api.Response zero = boss.post("/api/priorities/" + win + "/weights", Map.of("weight", 0));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body().toString()).contains("weight");
        Api.Response tooHeavy = dana.send("PATCH", "/api/metrics/" + arr, Map.of("weight", 101));
        assertThat(tooHeavy.status()).isEqualTo(400);
        assertThat(tooHeavy.body().toString()).contains("weight");
        Api.Response baselinePastTarget = dana.send("PATCH", "/api/metrics/" + arr, Map.of("baseline", 120));
        assertThat(baselinePastTarget.status()).isEqualTo(422);
        assertThat(baselinePastTarget.body().toString()).contains("baseline");
        assertThat(boss.post("/api/priorities/" + win + "/weights", Map.of("milestonesWeight", 3)).status())
                .isEqualTo(200);

        JsonNode got = eventually(() -> boss.get("/api/priorities/" + win).body(),
                body -> body.path("measures").path(1).path("weight").asInt() == 3);
        assertThat(got.get("progress").decimalValue()).as("(40 × 3 + 50 × 3) / 6").isEqualByComparingTo("45");
    }

    @Test
    void theDashboardsCarryProgressAndFlagAnOnTrackPriorityFarBehindAsOptimistic() {
        assertThat(dana.post("/api/priorities/" + win + "/status", Map.of("status", "ON_TRACK")).status())
                .isEqualTo(200);

        JsonNode company = eventually(() -> boss.get("/api/dashboard?quarter=" + QUARTER).body(),
                body -> StreamSupport.stream(body.get("optimistic").spliterator(), false)
                        .anyMatch(flagged -> flagged.get("id").asText().equals(win)
                                && flagged.get("progress").asDouble() == 42.5));
        JsonNode growNode = StreamSupport.stream(company.get("priorities").spliterator(), false)
                .filter(node -> node.get("id").asText().equals(grow)).findFirst().orElseThrow();
        assertThat(growNode.get("progress").decimalValue()).as("hire has no measures: win alone")
                .isEqualByComparingTo("42.5");
        assertThat(growNode.get("expectedProgress").decimalValue()).isEqualByComparingTo("100");
        assertThat(growNode.get("measures")).hasSize(2);
        assertThat(growNode.get("children").get(0).get("optimistic").asBoolean()).isTrue();
        JsonNode flagged = StreamSupport.stream(company.get("optimistic").spliterator(), false)
                .filter(node -> node.get("id").asText().equals(win)).findFirst().orElseThrow();
        assertThat(flagged.get("progress").decimalValue()).isEqualByComparingTo("42.5");

        JsonNode team = boss.get("/api/teams/" + sales + "/dashboard?quarter=" + QUARTER).body();
        assertThat(team.get("progress")).hasSize(2);
        assertThat(team.get("progress").get(0).get("priorityId").asText()).isEqualTo(win);
        assertThat(team.get("progress").get(0).get("optimistic").asBoolean()).isTrue();
        assertThat(team.get("progress").get(1).get("progress").isNull()).isTrue();
    }
}
