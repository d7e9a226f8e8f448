package io.throughline.insight;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Every figure of the insights on a history whose answers are worked out by hand (see {@link InsightHistory}). */
@ThroughlineIntegrationTest
class InsightsTest {

    @LocalServerPort
    int port;

    /** Told once for the class: the figures of the organisation would count a second telling twice. */
    static InsightHistory history;
    Api admin;
    Api auditor;

    @BeforeEach
    void history() {
        admin = new Api(port);
        if (history == null) {
            history = new InsightHistory(admin, "-api");
        }
        auditor = admin.as("ivy-api", "AUDITOR");
    }

    @Test
    void confidenceIsSetAgainstTheOutcomeOfEveryPriorityThatHasOne() {
        JsonNode insights = insights(history.company);

        // Reports: 8 and 5 on Win logos (done); 9 and 2 on Open a branch (missed); 7 on Hire (carried over, not done).
        // Grow, still open, has none; done is COMPLETED only.
        assertThat(rows(insights.get("calibration"), "band", "reports", "done", "shareDone")).containsExactly(
                List.of("0–3", "1", "0", "0.0"),
                List.of("4–6", "1", "1", "1.0"),
                List.of("7–8", "2", "1", "0.5"),
                List.of("9–10", "1", "0", "0.0"));
        assertThat(rows(insights.get("calibrationByOwner"), "ownerId", "band", "reports", "done")).containsExactly(
                List.of("fay-api", "0–3", "1", "0"),
                List.of("finn-api", "4–6", "1", "1"),
                List.of("finn-api", "7–8", "2", "1"),
                List.of("fay-api", "9–10", "1", "0"));
        assertThat(rows(insights.get("calibrationByTeam"), "teamName", "band", "reports"))
                .extracting(row -> row.get(0)).containsOnly("Field -api");
    }

    @Test
    void daysInEachStatusRunFromReportToTheNextChangeOrTheQuartersEnd() {
        JsonNode insights = insights(history.field);

        // Win logos: on track 11 → 21 July, at risk 21 → 31 July (done). Open a branch: on track 1 July → 1 August
        // (31 days), off track 1 August → 1 October, the quarter's end, though missed only on 2 October (61 days).
        // Hire: on track 1 July → 1 October (92 days). Open a branch's due date moved once, its title and criterion
        // changed once, in two changes: two goalposts moved.
        assertThat(rows(insights.get("priorities"), "title", "onTrackDays", "atRiskDays", "offTrackDays",
                "dueDateMoves", "titleChanges", "criterionChanges", "goalpostsMoved")).containsExactly(
                List.of("Open two branches", "31.0", "0.0", "61.0", "1", "1", "1", "2"),
                List.of("Hire two engineers", "92.0", "0.0", "0.0", "0", "0", "0", "0"),
                List.of("Win logos", "10.0", "10.0", "0.0", "0", "0", "0", "0"));
        assertThat(rows(insights.get("teams"), "teamName", "priorities", "onTrackDays", "atRiskDays",
                "offTrackDays", "dueDateMoves", "goalpostsMoved")).containsExactly(
                List.of("Field -api", "3", "133.0", "10.0", "61.0", "1", "2"));
    }

    @Test
    void theRhythmOfHuddlesKpiValuesAndOneOnOnes() {
        JsonNode insights = insights(history.company);

        // Three huddles in the 92 days of the quarter (13.14 weeks): 3 × 7 ÷ 92 = 0.23 a week.
        assertThat(rows(insights.get("huddles"), "teamName", "huddles", "weeks", "perWeek")).containsExactly(
                List.of("Calibration Co -api", "0", "13.14", "0.0"),
                List.of("Field -api", "3", "13.14", "0.23"));
        // Week 28 (6–12 July) recorded on the 10th; week 29 on the 20th and week 30 on the 27th, after they ended.
        assertThat(rows(insights.get("kpiValues"), "teamName", "onTime", "late", "shareOnTime")).containsExactly(
                List.of("Field -api", "1", "2", "0.3333"));
        assertThat(rows(insights.get("checkIns"), "leaderId", "month", "checkIns")).containsExactly(
                List.of("cora-api", "2026-07", "1"),
                List.of("finn-api", "2026-07", "1"),
                List.of("finn-api", "2026-08", "1"));
        // Grow is cora's, an executive's; the other three are owned in Field.
        assertThat(rows(insights.get("ownership"), "quarter", "count", "outOf", "value")).containsExactly(
                List.of("2026-Q3", "3", "4", "0.75"));
    }

    @Test
    void eachFigureIsACsvWithAHeaderAndTheApisValues() {
        Api.Response csv = auditor.get("/api/insights/calibration.csv?quarter=2026-Q3&teamId=" + history.field);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("calibration-2026-Q3.csv");
        List<String> lines = csv.body().asText().lines().map(line -> line.replace("\"", "")).toList();
        assertThat(lines.get(0)).isEqualTo("teamId,teamName,ownerId,band,reports,done,shareDone");
        assertThat(lines).contains(",,,7–8,2,1,0.5000", history.field + ",Field -api,,7–8,2,1,0.5000",
                ",,finn-api,7–8,2,1,0.5000");
        assertThat(auditor.get("/api/insights/priorities.csv?quarter=2026-Q3&teamId=" + history.field).body().asText()
                .replace("\"", "")).contains(history.branch + ",Open two branches,")
                .contains(",31.00,0.00,61.00,1,1,1,2");
        assertThat(auditor.get("/api/insights/nonsense.csv?quarter=2026-Q3").status()).isEqualTo(404);
    }

    @Test
    void anUnknownTeamIsRefusedNamingIt() {
        Api.Response refused = auditor.get("/api/insights?quarter=2026-Q3&teamId=no-such-team");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo("teamId");
    }

    @Test
    void leadersAuditorsAnalystsAndAdminsReadTheInsightsMembersDoNot() {
        String path = "/api/insights?quarter=2026-Q3&teamId=" + history.field;
        assertThat(admin.as("lee-api").get(path).status()).as("a leader").isEqualTo(200);
        assertThat(admin.as("ana-api", "ANALYST").get(path).status()).isEqualTo(200);
        assertThat(admin.get(path).status()).isEqualTo(200);
        assertThat(admin.as("mo-api", "MEMBER").get(path).status()).isEqualTo(403);
        assertThat(admin.as("mo-api", "MEMBER").get("/api/insights/huddles.csv?quarter=2026-Q3").status())
                .isEqualTo(403);
    }

    private JsonNode insights(String team) {
        Api.Response answer = auditor.get("/api/insights?quarter=2026-Q3&teamId=" + team);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    /** The fields of each row as text; decimals are read as doubles, so 31.00 reads "31.0" and 0.5000 "0.5". */
    private static List<List<String>> rows(JsonNode rows, String... fields) {
        return StreamSupport.stream(rows.spliterator(), false)
                .map(row -> java.util.Arrays.stream(fields).map(field -> row.get(field).asText()).toList())
                .toList();
    }
}
