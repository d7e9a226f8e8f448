package io.throughline.metric;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.throughline.support.EventTime.at;
import static io.throughline.support.EventTime.realTime;
import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A weekly KPI whose target is raised from 100 to 120 in the middle of last week: the weeks that ended before keep the
 * colour they had against 100, on the scorecard and on the KPI; last week, whose end the new target saw, is judged
 * against 120. The weeks are those before the real "now", which the scorecard reads from.
 */
@ThroughlineIntegrationTest
class TargetsAsTheyWereTest {

    private static final Period LAST_WEEK = Period.of(Cadence.WEEKLY, LocalDate.now(ZoneOffset.UTC)).previous();
    private static final Period TWO_WEEKS_AGO = LAST_WEEK.previous();
    private static final Period THREE_WEEKS_AGO = TWO_WEEKS_AGO.previous();
    private static final Instant DEFINED = THREE_WEEKS_AGO.firstDay().minusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC);
    private static final Instant RAISED = LAST_WEEK.firstDay().plusDays(2).atTime(15, 0).toInstant(ZoneOffset.UTC);

    @LocalServerPort
    int port;

    Api cy;
    String team;
    String metric;

    @BeforeEach
    void aTargetRaisedInTheMiddleOfLastWeek() {
        Api admin = new Api(port);
        team = admin.company("Renewals Ltd", "cy");
        cy = admin.as("cy");
        at(DEFINED);
        metric = cy.create("/api/metrics", Map.of("teamId", team, "name", "Renewals", "unit", "contracts",
                "target", 100, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "cy"));
        record(THREE_WEEKS_AGO, "80");
        record(TWO_WEEKS_AGO, "101");
        at(RAISED);
        assertThat(cy.send("PATCH", "/api/metrics/" + metric, Map.of("target", 120, "reason", "board raised the bar"))
                .status()).isEqualTo(200);
        record(LAST_WEEK, "115");
        realTime();
    }

    @AfterEach
    void backToRealTime() {
        realTime();
    }

    @Test
    void theScorecardJudgesEachWeekAgainstTheTargetInForceAtItsEnd() {
        eventually(() -> {
            JsonNode line = cy.get("/api/teams/" + team + "/scorecard").body().get("metrics").get(0);
            assertThat(line.get("target").decimalValue()).isEqualByComparingTo("120");
            assertThat(line.get("redAt").decimalValue()).isEqualByComparingTo("108");
            assertThat(line.get("colour").asText()).as("115 against 120, red below 108").isEqualTo("YELLOW");
            JsonNode series = line.get("recentSeries");
            assertThat(point(series, THREE_WEEKS_AGO)).containsExactly("80", "100", "RED");
            assertThat(point(series, TWO_WEEKS_AGO)).as("101 was on target then; against 120 it would be red")
                    .containsExactly("101", "100", "GREEN");
            assertThat(point(series, LAST_WEEK)).containsExactly("115", "120", "YELLOW");
        });
    }

    @Test
    void theKpiGivesEachValueWithTheTargetAndColourItHadAndItsTargets() {
        eventually(() -> {
            JsonNode detail = cy.get("/api/metrics/" + metric).body();
            assertThat(StreamSupport.stream(detail.get("values").spliterator(), false)
                    .map(value -> List.of(value.get("period").asText(), plain(value.get("target")),
                            plain(value.get("greenAt")), plain(value.get("redAt")), value.get("colour").asText()))
                    .toList()).containsExactly(
                    List.of(THREE_WEEKS_AGO.value(), "100", "100", "90", "RED"),
                    List.of(TWO_WEEKS_AGO.value(), "100", "100", "90", "GREEN"),
                    List.of(LAST_WEEK.value(), "120", "120", "108", "YELLOW"));
            JsonNode targets = detail.get("targets");
            assertThat(targets).hasSize(2);
            assertThat(targets.get(0).get("effectiveFrom").asText()).isEqualTo(DEFINED.toString());
            assertThat(targets.get(0).get("target").decimalValue()).isEqualByComparingTo("100");
            assertThat(targets.get(0).get("changedBy").asText()).isEqualTo("cy");
            assertThat(targets.get(0).get("reason").isNull()).isTrue();
            assertThat(targets.get(1).get("effectiveFrom").asText()).isEqualTo(RAISED.toString());
            assertThat(targets.get(1).get("target").decimalValue()).isEqualByComparingTo("120");
            assertThat(targets.get(1).get("reason").asText()).isEqualTo("board raised the bar");
        });
    }

    @Test
    void aLaterChangeOfTargetLeavesThePastAsItWas() {
        eventually(() -> assertThat(cy.get("/api/metrics/" + metric).body().get("values")).hasSize(3));
        assertThat(cy.send("PATCH", "/api/metrics/" + metric, Map.of("target", 80, "reason", "market shrank"))
                .status()).isEqualTo(200);

        eventually(() -> {
            JsonNode line = cy.get("/api/teams/" + team + "/scorecard").body().get("metrics").get(0);
            assertThat(line.get("target").decimalValue()).isEqualByComparingTo("80");
            assertThat(line.get("colour").asText()).as("last week ended before this change").isEqualTo("YELLOW");
            assertThat(point(line.get("recentSeries"), THREE_WEEKS_AGO)).containsExactly("80", "100", "RED");
            assertThat(cy.get("/api/metrics/" + metric).body().get("targets")).hasSize(3);
        });
    }

    private void record(Period period, String value) {
        assertThat(cy.post("/api/metrics/" + metric + "/values", Map.of("period", period.value(), "value", value))
                .status()).isEqualTo(201);
    }

    /** The value, target and colour of the period in a scorecard's series. */
    private static List<String> point(JsonNode series, Period period) {
        return StreamSupport.stream(series.spliterator(), false)
                .filter(point -> point.get("period").asText().equals(period.value()))
                .map(point -> List.of(plain(point.get("value")), plain(point.get("target")), point.get("colour").asText()))
                .findFirst().orElseThrow();
    }

    /** A number as written, whatever its scale: 108 for 108.0. */
    private static String plain(JsonNode number) {
        return number.decimalValue().stripTrailingZeros().toPlainString();
    }

}
