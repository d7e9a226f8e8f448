package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** KPIs over HTTP: record, correct, read the series and the scorecard; retire; team assessments. */
@ThroughlineIntegrationTest
class ScorecardTest {

    /** The last three weeks before the current one: the scorecard's "now" is the real clock. */
    private static final Period LAST_WEEK = Period.of(Cadence.WEEKLY, LocalDate.now(ZoneOffset.UTC)).previous();
    private static final Period TWO_WEEKS_AGO = LAST_WEEK.previous();
    private static final Period THREE_WEEKS_AGO = TWO_WEEKS_AGO.previous();

    @LocalServerPort
    int port;

    Api api;
    String team;
    String metric;

    @BeforeEach
    void weeklyKpi() {
        Api admin = new Api(port);
        team = admin.company("Customer success", "cy");
        api = admin.as("cy");
        metric = api.create("/api/metrics", Map.of("teamId", team, "name", "Renewals", "unit", "contracts",
                "target", 100, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "cy", "kind", "LAGGING"));
        record(THREE_WEEKS_AGO, "80");
        record(TWO_WEEKS_AGO, "95");
        record(LAST_WEEK, "101");
    }

    @Test
    void aCorrectionReplacesTheValueAndTheSeriesShowsIt() {
        assertThat(api.send("PUT", "/api/metrics/" + metric + "/values/" + TWO_WEEKS_AGO, Map.of("value", 97)).status())
                .isEqualTo(400);
        Api.Response corrected = api.as("cy").send("PUT", "/api/metrics/" + metric + "/values/" + TWO_WEEKS_AGO,
                Map.of("value", 97, "reason", "two renewals were booked late"));
        assertThat(corrected.status()).isEqualTo(200);

        eventually(() -> {
            JsonNode values = api.get("/api/metrics/" + metric).body().get("values");
            assertThat(values.findValuesAsText("period"))
                    .containsExactly(THREE_WEEKS_AGO.value(), TWO_WEEKS_AGO.value(), LAST_WEEK.value());
            JsonNode correctedValue = values.get(1);
            assertThat(correctedValue.get("value").decimalValue()).isEqualByComparingTo("97");
            assertThat(correctedValue.get("corrected").asBoolean()).isTrue();
            assertThat(correctedValue.get("originalValue").decimalValue()).isEqualByComparingTo("95");
            assertThat(correctedValue.get("correctionReason").asText()).isEqualTo("two renewals were booked late");
            assertThat(correctedValue.get("correctedBy").asText()).isEqualTo("cy");
            assertThat(values.get(0).get("corrected").asBoolean()).isFalse();
        });
    }

    @Test
    void theScorecardReadsTheLatestValueAgainstTheThresholds() {
        eventually(() -> {
            JsonNode line = api.get("/api/teams/" + team + "/scorecard").body().get("metrics").get(0);
            assertThat(line.get("colour").asText()).isEqualTo("GREEN");
            assertThat(line.get("greenAt").decimalValue()).isEqualByComparingTo("100");
            assertThat(line.get("redAt").decimalValue()).isEqualByComparingTo("90");
            assertThat(line.get("changeSincePrevious").decimalValue()).isEqualByComparingTo("6");
            assertThat(line.get("missing").asBoolean()).isFalse();
            assertThat(line.get("recentSeries")).hasSize(13);
            assertThat(line.get("recentSeries").get(12).get("period").asText()).isEqualTo(LAST_WEEK.value());
            assertThat(line.get("kind").asText()).isEqualTo("LAGGING");
        });
        eventually(() -> assertThat(api.get("/api/teams/" + team + "/dashboard").body().get("metrics").get(0)
                .get("colour").asText()).isEqualTo("GREEN"));
    }

    @Test
    void aNewTargetNeedsAReasonAndMovesTheThresholds() {
        Api.Response withoutReason = api.send("PATCH", "/api/metrics/" + metric, Map.of("target", 120));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body().get("field").asText()).isEqualTo("reason");

        assertThat(api.send("PATCH", "/api/metrics/" + metric, Map.of("target", 120, "reason", "board raised the bar"))
                .status()).isEqualTo(200);

        eventually(() -> {
            JsonNode line = api.get("/api/metrics/" + metric).body().get("metric");
            assertThat(line.get("target").decimalValue()).isEqualByComparingTo("120");
            assertThat(line.get("redAt").decimalValue()).isEqualByComparingTo("108");
            assertThat(line.get("colour").asText()).as("last week's 101 ended before the new target: judged against 100")
                    .isEqualTo("GREEN");
        });
    }

    @Test
    void aRetiredKpiLeavesTheScorecardAndAcceptsNoMoreValues() {
        assertThat(api.post("/api/metrics/" + metric + "/retire", Map.of("reason", "replaced by NRR")).status()).isEqualTo(200);
        assertThat(api.post("/api/metrics/" + metric + "/values",
                Map.of("period", LAST_WEEK.previous().previous().previous().value(), "value", 1)).status()).isEqualTo(409);

        // The retirement read first: an empty scorecard alone may only mean the KPI is not projected yet.
        eventually(() -> assertThat(api.get("/api/metrics/" + metric).body().path("metric").path("retired").asBoolean())
                .isTrue());
        eventually(() -> assertThat(api.get("/api/teams/" + team + "/scorecard").body().get("metrics")).isEmpty());
    }

    @Test
    void misorderedThresholdsAreRefused() {
        Api.Response response = api.post("/api/metrics", Map.of("teamId", team, "name", "Churn", "unit", "%",
                "target", 2, "direction", "LOWER_IS_BETTER", "cadence", "MONTHLY", "ownerId", "cy",
                "greenAt", 2, "redAt", 1));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().get("field").asText()).isEqualTo("redAt");
    }

    @Test
    void assessmentsShowBaselineLatestAndDelta() {
        assess("TEAM_DYNAMICS", "3.0", "2026-09-01");
        assess("TEAM_DYNAMICS", "3.6", "2026-11-01");
        assess("STRATEGIC_ALIGNMENT", "4.2", "2026-11-01");
        assertThat(api.post("/api/teams/" + team + "/assessments", Map.of("dimension", "CULTURAL_HEALTH",
                "score", 5.5, "respondents", 4, "date", "2026-11-01")).status()).isEqualTo(400);

        eventually(() -> {
            JsonNode dimensions = api.get("/api/teams/" + team + "/assessments").body().get("dimensions");
            assertThat(dimensions.findValuesAsText("dimension")).containsExactly("TEAM_DYNAMICS", "STRATEGIC_ALIGNMENT");
            JsonNode dynamics = dimensions.get(0);
            assertThat(dynamics.get("baseline").get("score").decimalValue()).isEqualByComparingTo("3.0");
            assertThat(dynamics.get("latest").get("score").decimalValue()).isEqualByComparingTo("3.6");
            assertThat(dynamics.get("delta").decimalValue()).isEqualByComparingTo("0.6");
            assertThat(dimensions.get(1).get("delta").decimalValue()).isEqualByComparingTo("0");
        });
    }

    private void record(Period period, String value) {
        assertThat(api.post("/api/metrics/" + metric + "/values", Map.of("period", period.value(), "value", value))
                .status()).isEqualTo(201);
    }

    private void assess(String dimension, String score, String date) {
        assertThat(api.post("/api/teams/" + team + "/assessments", Map.of("dimension", dimension, "score", score,
                "respondents", 6, "date", date)).status()).isEqualTo(201);
    }
}
