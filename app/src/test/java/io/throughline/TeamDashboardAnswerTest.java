package io.throughline;

import io.throughline.support.Api;
import io.throughline.support.EventTime;
import io.throughline.support.TestClock;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team dashboard's answer, character for character, on a fixed day (the tests' clock, Monday 30 November 2026)
 * with events at fixed instants: a company whose priority two of Ops' priorities serve, KPIs of the three cadences
 * with gaps, a target changed mid-series, a retired KPI, milestones and a status report. Its reads are tuned for speed;
 * this says that no tuning changed a byte of what clients get. Ids are random, so they are named in the text.
 */
@ThroughlineIntegrationTest
@Import(TestClock.class)
@DirtiesContext // its clock makes a context of its own: closed after it rather than kept with its pool open
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamDashboardAnswerTest {

    private static final String QUARTER = "2026-Q4";

    @LocalServerPort
    int port;

    private final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    void history() {
        TestClock.CLOCK.setInstant(Instant.parse("2026-11-30T07:59:00Z"));
        EventTime.at("2026-09-01T09:00:00Z");
        Api admin = new Api(port);
        String company = named("company", admin.company("Answer Co", "ann"));
        Api ann = admin.as("ann");
        admin.people("olaf");
        String ops = named("ops", ann.create("/api/teams", Map.of("name", "Ops", "parentTeamId", company)));
        ok(ann.send("PUT", "/api/teams/" + ops + "/lead", Map.of("personId", "olaf")).status(), 204);
        Api olaf = admin.as("olaf");

        EventTime.at("2026-10-01T09:00:00Z");
        String grow = named("grow", ann.create("/api/priorities", Map.of("teamId", company, "quarter", QUARTER,
                "title", "Grow revenue", "ownerId", "ann", "successCriterion", "2 M€ booked", "dueDate", "2026-12-15")));
        // A minute apart: what was assigned at the same instant is listed by its random id.
        EventTime.at("2026-10-01T09:01:00Z");
        named("hire", ann.create("/api/priorities", Map.of("teamId", company, "quarter", QUARTER,
                "title", "Hire sellers", "ownerId", "ann")));
        EventTime.at("2026-10-01T09:02:00Z");
        String ship = named("ship", olaf.create("/api/priorities", Map.of("teamId", ops, "quarter", QUARTER,
                "title", "Ship v2", "ownerId", "olaf", "parentPriorityId", grow)));
        EventTime.at("2026-10-01T09:03:00Z");
        named("fix", olaf.create("/api/priorities", Map.of("teamId", ops, "quarter", QUARTER,
                "title", "Fix billing", "ownerId", "olaf", "parentPriorityId", grow)));
        EventTime.at("2026-10-01T09:04:00Z");
        String pilot = named("pilot", olaf.create("/api/priorities/" + ship + "/milestones",
                Map.of("title", "Pilot", "dueDate", "2026-11-13")));
        named("launch", olaf.create("/api/priorities/" + ship + "/milestones",
                Map.of("title", "Launch", "dueDate", "2026-12-11")));
        ok(olaf.post("/api/priorities/" + ship + "/milestones/" + pilot + "/complete", null).status(), 200);

        String renewals = named("renewals", ann.create("/api/metrics", Map.of("teamId", company, "name", "Renewals",
                "unit", "contracts", "target", 100, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY",
                "ownerId", "ann", "priorityId", grow, "baseline", 0, "weight", 2)));
        String churn = named("churn", ann.create("/api/metrics", Map.of("teamId", company, "name", "Churn",
                "unit", "%", "target", 5, "greenAt", 5, "redAt", 8, "direction", "LOWER_IS_BETTER",
                "cadence", "MONTHLY", "ownerId", "ann", "kind", "LAGGING")));
        named("nps", ann.create("/api/metrics", Map.of("teamId", company, "name", "NPS", "unit", "points",
                "target", 40, "direction", "HIGHER_IS_BETTER", "cadence", "QUARTERLY", "ownerId", "olaf")));
        String retired = named("retired", ann.create("/api/metrics", Map.of("teamId", company, "name", "Leads",
                "unit", "leads", "target", 10, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "ann")));
        String onTime = named("onTime", olaf.create("/api/metrics", Map.of("teamId", ops, "name", "On-time delivery",
                "unit", "%", "target", 95, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "olaf",
                "priorityId", ship)));
        for (String[] value : new String[][]{{"2026-W40", "60"}, {"2026-W41", "85.5"}, {"2026-W43", "92"},
                {"2026-W44", "101"}}) {
            ok(ann.post("/api/metrics/" + renewals + "/values", Map.of("period", value[0], "value", value[1]))
                    .status(), 201);
        }
        ok(ann.post("/api/metrics/" + churn + "/values", Map.of("period", "2026-09", "value", "6.5")).status(), 201);
        ok(ann.post("/api/metrics/" + churn + "/values", Map.of("period", "2026-10", "value", "4.25")).status(), 201);
        ok(olaf.post("/api/metrics/" + onTime + "/values", Map.of("period", "2026-W46", "value", "90")).status(), 201);

        EventTime.at("2026-11-10T09:00:00Z");
        ok(ann.send("PATCH", "/api/metrics/" + renewals, Map.of("target", 120, "greenAt", 120, "redAt", 100,
                "reason", "a stronger pipeline")).status(), 200);
        ok(ann.post("/api/metrics/" + renewals + "/values", Map.of("period", "2026-W46", "value", "110")).status(), 201);
        ok(ann.send("PUT", "/api/metrics/" + renewals + "/values/2026-W44", Map.of("value", 99,
                "reason", "one booked twice")).status(), 200);
        ok(ann.post("/api/metrics/" + retired + "/retire", Map.of("reason", "no longer tracked")).status(), 200);
        ok(olaf.post("/api/priorities/" + ship + "/status", Map.of("status", "AT_RISK", "comment", "late parts",
                "confidence", 6)).status(), 200);
        EventTime.realTime();
        // The status report is the last event, and the dashboard's processor projects them in order.
        eventually(() -> dashboard("ops"), body -> body.contains("\"AT_RISK\""));
    }

    @AfterAll
    void realTime() {
        EventTime.realTime();
    }

    @Test
    void theCompanysDashboardAnswersExactlyAsBefore() throws IOException {
        assertThat(dashboard("company")).isEqualTo(expected("company.json"));
    }

    @Test
    void aTeamsDashboardAnswersExactlyAsBefore() throws IOException {
        assertThat(dashboard("ops")).isEqualTo(expected("ops.json"));
    }

    /** The answer as the service gave it before its reads were tuned, ids named. */
    private static String expected(String file) throws IOException {
        try (InputStream answer = TeamDashboardAnswerTest.class.getResourceAsStream("/team-dashboard/" + file)) {
            return new String(answer.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The dashboard's body as the client reads it, each id replaced by its name in braces. */
    private String dashboard(String team) {
        String body = new Api(port).as("ann").text("/api/teams/" + ids.get(team) + "/dashboard?quarter=" + QUARTER);
        for (Map.Entry<String, String> id : ids.entrySet()) {
            body = body.replace(id.getValue(), "{" + id.getKey() + "}");
        }
        return body;
    }

    private String named(String name, String id) {
        ids.put(name, id);
        return id;
    }

    private static void ok(int status, int expected) {
        assertThat(status).isEqualTo(expected);
    }
}
