package io.throughline;

import io.throughline.kernel.Limits;
import io.throughline.support.Api;
import io.throughline.support.EventLog;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Every refused request gets a problem+json answer that says what was wrong, and stores no event. */
@ThroughlineIntegrationTest
class RejectedRequestsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    Api api;
    String team;
    String weeklyMetric;
    long eventsBefore;

    @BeforeEach
    void scorecard() {
        Api admin = new Api(port);
        team = admin.company("Support", "sol");
        api = admin.as("sol");
        admin.people("sam");
        assertThat(api.post("/api/teams/" + team + "/members", Map.of("personId", "sam")).status()).isEqualTo(204);
        weeklyMetric = api.create("/api/metrics", Map.of("teamId", team, "name", "First response time",
                "unit", "minutes", "target", 30, "direction", "LOWER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "sam"));
        api.post("/api/metrics/" + weeklyMetric + "/values", Map.of("period", "2026-W47", "value", 41));
        eventsBefore = new EventLog(sql).allEvents();
    }

    @Test
    void blankTitle() {
        assertRefused(api.post("/api/priorities", priority("title", "  ")), 400, "title");
    }

    @Test
    void missingOwner() {
        assertRefused(api.post("/api/priorities", """
                {"teamId": "%s", "quarter": "2026-Q4", "title": "Cut churn"}""".formatted(team)), 400, "ownerId");
    }

    /** It was stored; PostgreSQL then refused the text in every projection, each of which stopped at that event. */
    @Test
    void nulInATitleIsRefusedAndTheReadModelsKeepUp() {
        Api.Response refused = api.post("/api/priorities", priority("title", "Ship\u0000it"));

        assertRefused(refused, 400, "title");
        assertThat(refused.body().get("detail").asText()).contains("U+0000");
        String later = api.create("/api/priorities", priority("title", "Ship it"));
        eventually(() -> assertThat(api.get("/api/priorities/" + later).status()).isEqualTo(200));
    }

    /** C0 AF is '/' in two bytes: no encoder writes it, yet Jackson decoded it, past any check of the text. */
    @Test
    void overlongUtf8IsRefused() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"name\":\"..".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[]{(byte) 0xC0, (byte) 0xAF});
        body.writeBytes(("etc\",\"parentTeamId\":\"" + team + "\"}").getBytes(StandardCharsets.UTF_8));

        Api.Response refused = api.sendRaw("POST", "/api/teams", "application/json", body.toByteArray(), false);

        assertRefused(refused, 400, null);
        assertThat(refused.body().get("detail").asText()).contains("not valid UTF-8").contains("C0");
    }

    /** bcrypt reads 72 bytes; Spring's encoder throws for more, which the API answered with 500. */
    @Test
    void passwordLongerThanBcryptReadsIsRefused() {
        assertRefused(new Api(port).post("/api/admin/users", Map.of("username", "sol-deputy", "roles", List.of("LEADER"),
                "password", "é".repeat(40))), 400, "password");
    }

    /** Without a Content-Length the size shows only while reading: it is counted, and refused once past the limit. */
    @Test
    void chunkedBodyOverTheLimitIsRefused() {
        byte[] body = ("{\"name\":\"" + "x".repeat(Limits.BODY_BYTES) + "\",\"parentTeamId\":\"" + team + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(api.sendRaw("POST", "/api/teams", "application/json", body, true), 413, null);
    }

    @Test
    void unknownFieldIsNamed() {
        Api.Response refused = api.post("/api/priorities", priority("tittle", "Cut churn"));

        assertRefused(refused, 400, "tittle");
        assertThat(refused.body().get("detail").asText()).contains("title");
    }

    @Test
    void unknownTeam() {
        assertRefused(api.post("/api/priorities", priority("teamId", "no-such-team")), 400, "teamId");
    }

    @Test
    void unknownParentTeam() {
        assertRefused(api.post("/api/teams", Map.of("name", "Tier 2", "parentTeamId", "no-such-team")), 400, "parentTeamId");
    }

    @Test
    void malformedQuarter() {
        assertRefused(api.post("/api/priorities", priority("quarter", "2026-Q5")), 400, "quarter");
    }

    @Test
    void dueDateOutsideTheQuarter() {
        Api.Response response = api.post("/api/priorities", priority("dueDate", "2027-01-15"));
        assertRefused(response, 422, "dueDate");
        assertThat(response.body().get("rule").asText()).isEqualTo("due-date-inside-quarter");
    }

    @Test
    void malformedDueDate() {
        assertRefused(api.post("/api/priorities", priority("dueDate", "15/12/2026")), 400, "dueDate");
    }

    @Test
    void malformedJson() {
        Api.Response response = api.post("/api/priorities", "{\"teamId\": ");
        assertRefused(response, 400, null);
        assertThat(response.body().get("detail").asText()).contains("not valid JSON");
    }

    @Test
    void unknownDirection() {
        assertRefused(api.post("/api/metrics", Map.of("teamId", team, "name", "CSAT", "unit", "%", "target", 90,
                "direction", "UP", "cadence", "MONTHLY", "ownerId", "sam")), 400, "direction");
    }

    @Test
    void nonNumericValue() {
        Api.Response response = api.post("/api/metrics/" + weeklyMetric + "/values", Map.of("period", "2026-W48", "value", "fast"));
        assertRefused(response, 400, "value");
        assertThat(response.body().get("detail").asText()).contains("not a valid number");
    }

    @Test
    void notANumberValue() {
        assertRefused(api.post("/api/metrics/" + weeklyMetric + "/values", "{\"period\": \"2026-W48\", \"value\": NaN}"), 400, null);
        assertRefused(api.post("/api/metrics/" + weeklyMetric + "/values", Map.of("period", "2026-W48", "value", "Infinity")), 400, "value");
    }

    @Test
    void malformedPeriod() {
        assertRefused(api.post("/api/metrics/" + weeklyMetric + "/values", Map.of("period", "2026-W60", "value", 35)), 400, "period");
    }

    @Test
    void periodOfAnotherCadence() {
        Api.Response response = api.post("/api/metrics/" + weeklyMetric + "/values", Map.of("period", "2026-11", "value", 35));
        assertRefused(response, 400, "period");
        assertThat(response.body().get("detail").asText()).contains("WEEKLY");
    }

    @Test
    void periodThatAlreadyHasAValue() {
        Api.Response response = api.post("/api/metrics/" + weeklyMetric + "/values", Map.of("period", "2026-W47", "value", 35));
        assertRefused(response, 409, "period");
        assertThat(response.body().get("rule").asText()).isEqualTo("one-value-per-period");
    }

    @Test
    void valueForAnUnknownMetric() {
        assertRefused(api.post("/api/metrics/no-such-metric/values", Map.of("period", "2026-W48", "value", 35)), 404, null);
    }

    @Test
    void idOfAnotherKindAsAReference() {
        assertRefused(api.post("/api/priorities", priority("parentPriorityId", team)), 400, "parentPriorityId");
        assertRefused(api.post("/api/teams", Map.of("name", "Tier 2", "parentTeamId", weeklyMetric)), 400, "parentTeamId");
    }

    @Test
    void idOfAnotherKindAsTheTarget() {
        assertRefused(api.post("/api/metrics/" + team + "/values", Map.of("period", "2026-W48", "value", 35)), 404, null);
    }

    @Test
    void quarterWithSurroundingBlanksIsTheSameQuarter() {
        Api.Response response = api.post("/api/priorities", Map.of("teamId", team, "quarter", " 2026-Q4 ",
                "title", "Publish a help centre", "ownerId", "sam", "dueDate", "2026-12-01"));
        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void unknownIdsOnTheReadSide() {
        for (String path : new String[]{"/api/priorities/nope", "/api/priorities/nope/history",
                "/api/teams/nope", "/api/teams/nope/dashboard", "/api/metrics/nope"}) {
            Api.Response response = api.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.body().get("detail").asText()).as(path).contains("'nope'");
        }
    }

    private Map<String, Object> priority(String field, String value) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("teamId", team, "quarter", "2026-Q4",
                "title", "Answer every ticket within a day", "ownerId", "sam"));
        body.put(field, value);
        return body;
    }

    /** Refused with the status, naming the field (unless null), and the event log unchanged. */
    private void assertRefused(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(response.body().get("field").asText()).isEqualTo(field);
            assertThat(response.body().get("detail").asText()).startsWith(field + ":");
        }
        assertThat(new EventLog(sql).allEvents()).as("events stored").isEqualTo(eventsBefore);
    }
}
