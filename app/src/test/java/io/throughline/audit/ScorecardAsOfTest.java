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
 * A team's scorecard as it read at five instants of a history whose event timestamps Axon's clock sets: a weekly KPI
 * (target 100, higher is better) gets values, one corrected later, is renamed, handed over, retargeted and retired,
 * and a second KPI comes. Each instant sees only what had happened by then.
 */
@ThroughlineIntegrationTest
class ScorecardAsOfTest {

    static final String REGISTERED = "2026-09-30T09:00:00Z";
    static final String DEFINED = "2026-10-01T09:00:00Z";
    static final String W40_RECORDED = "2026-10-06T09:00:00Z";
    static final String W41_RECORDED = "2026-10-13T09:00:00Z";
    /** W41's 101 becomes 85; the KPI is renamed and handed to Tom. */
    static final String CORRECTED = "2026-10-20T09:00:00Z";
    static final String W43_RECORDED = "2026-10-27T09:00:00Z";
    /** The target drops to 90 within W44; a second KPI is defined. */
    static final String RETARGETED = "2026-10-28T09:00:00Z";
    static final String RETIRED = "2026-11-05T09:00:00Z";

    @LocalServerPort
    int port;

    Api auditor;
    String team;
    String renewals;
    String nps;

    @BeforeEach
    void history() {
        Api admin = new Api(port);
        at(REGISTERED);
        team = admin.company("Scorecard Travel Ltd", "cy");
        Api cy = admin.as("cy");
        admin.people("tom");
        ok(admin.post("/api/teams/" + team + "/members", Map.of("personId", "tom")));

        at(DEFINED);
        renewals = cy.create("/api/metrics", Map.of("teamId", team, "name", "Renewals", "unit", "contracts",
                "target", 100, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "cy"));
        at(W40_RECORDED);
        record(cy, "2026-W40", 95);
        at(W41_RECORDED);
        record(cy, "2026-W41", 101);

        at(CORRECTED);
        ok(cy.send("PUT", "/api/metrics/" + renewals + "/values/2026-W41", Map.of("value", 85,
                "reason", "sixteen were counted twice")));
        ok(cy.send("PATCH", "/api/metrics/" + renewals, Map.of("name", "Contract renewals")));
        ok(cy.post("/api/metrics/" + renewals + "/owner", Map.of("newOwnerId", "tom", "reason", "tom renews")));

        at(W43_RECORDED);
        record(cy, "2026-W43", 92);

        at(RETARGETED);
        ok(cy.send("PATCH", "/api/metrics/" + renewals, Map.of("target", 90, "reason", "the market shrank")));
        nps = cy.create("/api/metrics", Map.of("teamId", team, "name", "Net promoter score", "target", 40,
                "direction", "HIGHER_IS_BETTER", "cadence", "MONTHLY", "ownerId", "cy"));

        at(RETIRED);
        ok(cy.post("/api/metrics/" + renewals + "/retire", Map.of("reason", "finance counts renewals now")));
        realTime();

        auditor = admin.as("ada", "AUDITOR");
        eventually(() -> assertThat(auditor.get("/api/metrics/" + renewals).body().get("metric").get("retired")
                .asBoolean()).isTrue());
    }

    @AfterEach
    void backToRealTime() {
        realTime();
    }

    @Test
    void beforeAnyKpiTheScorecardIsEmptyAndBeforeTheTeamThereIsNone() {
        JsonNode before = ok(auditor.get(scorecard("2026-09-30T12:00:00Z"))).body();
        assertThat(before.get("teamName").asText()).isEqualTo("Scorecard Travel Ltd");
        assertThat(before.get("asOf").asText()).isEqualTo("2026-09-30T12:00:00Z");
        assertThat(before.get("metrics")).isEmpty();

        Api.Response none = auditor.get(scorecard("2026-09-01T00:00:00Z"));
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body().get("detail").asText()).contains(team).contains("2026-09-01T00:00:00Z");
    }

    @Test
    void beforeTheCorrectionTheValueIsTheOneFirstRecorded() {
        JsonNode line = onlyLine(ok(auditor.get(scorecard("2026-10-15T09:00:00Z"))).body());
        assertThat(line.get("name").asText()).isEqualTo("Renewals");
        assertThat(line.get("ownerId").asText()).isEqualTo("cy");
        assertThat(line.get("latestPeriod").asText()).isEqualTo("2026-W41");
        assertThat(line.get("latestValue").decimalValue()).isEqualByComparingTo("101");
        assertThat(line.get("colour").asText()).isEqualTo("GREEN");
        assertThat(line.get("changeSincePrevious").decimalValue()).isEqualByComparingTo("6");
        assertThat(line.get("missing").asBoolean()).as("W41 is the last week completed on the 15th").isFalse();
        JsonNode series = line.get("recentSeries");
        assertThat(series).hasSize(13);
        assertThat(series.get(12).get("period").asText()).isEqualTo("2026-W41");
    }

    @Test
    void atTheVeryInstantOfTheCorrectionItIsAppliedWithTheNewNameAndOwner() {
        JsonNode line = onlyLine(ok(auditor.get(scorecard(CORRECTED))).body());
        assertThat(line.get("name").asText()).isEqualTo("Contract renewals");
        assertThat(line.get("ownerId").asText()).isEqualTo("tom");
        assertThat(line.get("latestValue").decimalValue()).isEqualByComparingTo("85");
        assertThat(line.get("colour").asText()).isEqualTo("RED");
        assertThat(line.get("missing").asBoolean()).as("W42 ended on the 18th without a value").isTrue();
    }

    @Test
    void afterTheTargetChangedThePastWeeksKeepTheTargetTheyHadAndTheNewKpiIsThere() {
        JsonNode scorecard = ok(auditor.get(scorecard("2026-11-01T09:00:00Z"))).body();
        assertThat(names(scorecard)).containsExactly("Contract renewals", "Net promoter score");
        JsonNode line = scorecard.get("metrics").get(0);
        assertThat(line.get("target").decimalValue()).isEqualByComparingTo("90");
        assertThat(line.get("latestPeriod").asText()).isEqualTo("2026-W43");
        assertThat(line.get("colour").asText()).as("92 against 100, in force when W43 ended").isEqualTo("YELLOW");
        JsonNode w41 = point(line, "2026-W41");
        assertThat(w41.get("value").decimalValue()).isEqualByComparingTo("85");
        assertThat(w41.get("target").decimalValue()).isEqualByComparingTo("100");
        assertThat(w41.get("colour").asText()).isEqualTo("RED");
        assertThat(point(line, "2026-W42").get("value").isNull()).isTrue();
    }

    @Test
    void onceRetiredTheKpiIsGoneAndNowTheScorecardFromTheHistoryMatchesTheLiveOne() {
        JsonNode afterRetirement = ok(auditor.get(scorecard("2026-11-06T00:00:00Z"))).body();
        assertThat(names(afterRetirement)).containsExactly("Net promoter score");

        eventually(() -> {
            JsonNode asOfNow = ok(auditor.get(scorecard(Instant.now().toString()))).body();
            JsonNode live = ok(auditor.get("/api/teams/" + team + "/scorecard")).body();
            assertThat(asOfNow.get("metrics")).isEqualTo(live.get("metrics"));
            assertThat(live.get("asOf").isNull()).isTrue();
        });
    }

    @Test
    void anInstantToComeOrUnreadableIsRefusedNamingAsOf() {
        Api.Response future = auditor.get(scorecard(Instant.now().plusSeconds(3600).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("detail").asText()).contains("asOf").contains("future");

        Api.Response garbage = auditor.get(scorecard("last-tuesday"));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body().get("detail").asText()).contains("asOf");
    }

    private String scorecard(String asOf) {
        return "/api/teams/" + team + "/scorecard?asOf=" + asOf;
    }

    private void record(Api cy, String period, int value) {
        assertThat(cy.post("/api/metrics/" + renewals + "/values", Map.of("period", period, "value", value)).status())
                .isEqualTo(201);
    }

    private static JsonNode onlyLine(JsonNode scorecard) {
        assertThat(scorecard.get("metrics")).hasSize(1);
        return scorecard.get("metrics").get(0);
    }

    private static List<String> names(JsonNode scorecard) {
        return StreamSupport.stream(scorecard.get("metrics").spliterator(), false)
                .map(metric -> metric.get("name").asText()).toList();
    }

    private static JsonNode point(JsonNode line, String period) {
        return StreamSupport.stream(line.get("recentSeries").spliterator(), false)
                .filter(point -> point.get("period").asText().equals(period)).findFirst().orElseThrow();
    }


    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 204);
        return response;
    }
}
