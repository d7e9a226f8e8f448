package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.support.Api;
import io.throughline.support.EventLog;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static io.throughline.support.Eventually.eventually;

/** A leader assigns a priority and records a KPI value: HTTP, event in PostgreSQL, projections, HTTP again. */
@ThroughlineIntegrationTest
class WalkingSkeletonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    Api api;
    String company;
    String sales;

    @BeforeEach
    void organisation() {
        Api admin = new Api(port);
        company = admin.company("Acme", "maria");
        admin.people("dana", "ceo");
        api = admin.as("maria");
        sales = api.create("/api/teams", Map.of("name", "Sales", "parentTeamId", company));
        // owners lead or belong to the priority's team: the ceo sits in the company team, dana leads sales
        assertThat(api.post("/api/teams/" + company + "/members", Map.of("personId", "ceo")).status()).isEqualTo(204);
        assertThat(api.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", "dana")).status()).isEqualTo(204);
    }

    @Test
    void assignedPriorityIsStoredAsAnEventAndShownOnTheDashboardWithItsAuthor() throws Exception {
        Api.Response assigned = api.post("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Win three enterprise logos", "ownerId", "dana", "successCriterion", "3 signed contracts",
                "dueDate", "2026-12-15"), "maria");

        assertThat(assigned.status()).isEqualTo(201);
        String priorityId = assigned.body().get("id").asText();
        assertThat(assigned.body().get("version").asLong()).isZero();
        assertThat(assigned.header("Location")).isEqualTo("/api/priorities/" + priorityId);

        Map<String, Object> stored = sql.queryForMap("""
                select payload_type, sequence_number, convert_from(payload, 'UTF8') as payload,
                       convert_from(meta_data, 'UTF8') as meta_data
                from domain_event_entry where aggregate_identifier = ?""", priorityId);
        assertThat(stored.get("payload_type")).isEqualTo("io.throughline.kernel.priority.PriorityAssigned");
        assertThat(stored.get("sequence_number")).isEqualTo(0L);
        JsonNode payload = JSON.readTree((String) stored.get("payload"));
        assertThat(payload.get("title").asText()).isEqualTo("Win three enterprise logos");
        assertThat(payload.get("teamId").asText()).isEqualTo(sales);
        assertThat(payload.get("dueDate").asText()).isEqualTo("2026-12-15");
        assertThat(JSON.readTree((String) stored.get("meta_data")).get("actor").asText()).isEqualTo("maria");

        eventually(() -> {
            JsonNode priorities = api.get("/api/teams/" + sales + "/dashboard?quarter=2026-Q4").body().get("priorities");
            assertThat(priorities).hasSize(1);
            assertThat(priorities.get(0).get("title").asText()).isEqualTo("Win three enterprise logos");
            assertThat(priorities.get(0).get("ownerId").asText()).isEqualTo("dana");
            assertThat(priorities.get(0).get("status").asText()).isEqualTo("NOT_STARTED");
        });

        Api.Response priority = api.get("/api/priorities/" + priorityId);
        assertThat(priority.body().get("successCriterion").asText()).isEqualTo("3 signed contracts");
        assertThat(priority.header("ETag")).isEqualTo("\"0\"");

        eventually(() -> {
            JsonNode entries = api.get("/api/priorities/" + priorityId + "/history").body().get("entries");
            assertThat(entries).hasSize(1);
            JsonNode entry = entries.get(0);
            assertThat(entry.get("sequence").asLong()).isZero();
            assertThat(entry.get("type").asText()).isEqualTo("PriorityAssigned");
            assertThat(entry.get("actor").asText()).isEqualTo("maria");
            assertThat(entry.get("at").asText()).isNotBlank();
            assertThat(entry.get("changes").get("title").get("after").asText()).isEqualTo("Win three enterprise logos");
            assertThat(entry.get("changes").get("ownerId").get("after").asText()).isEqualTo("dana");
            assertThat(entry.get("changes").get("title").get("before").isNull()).isTrue();
        });
    }

    @Test
    void recordedValueBecomesTheLatestValueOfTheKpi() {
        String metric = api.create("/api/metrics", Map.of("teamId", sales, "name", "Qualified pipeline",
                "unit", "kEUR", "target", 500, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "dana"));

        assertThat(api.post("/api/metrics/" + metric + "/values",
                Map.of("period", "2026-W47", "value", "412.75", "note", "two deals slipped"), "dana").status())
                .isEqualTo(201);
        // A late value for an earlier week does not replace the latest one.
        assertThat(api.post("/api/metrics/" + metric + "/values", Map.of("period", "2026-W46", "value", 380)).status())
                .isEqualTo(201);

        eventually(() -> {
            JsonNode metrics = api.get("/api/teams/" + sales + "/dashboard").body().get("metrics");
            assertThat(metrics).hasSize(1);
            assertThat(metrics.get(0).get("name").asText()).isEqualTo("Qualified pipeline");
            assertThat(metrics.get(0).get("target").decimalValue()).isEqualByComparingTo("500");
            assertThat(metrics.get(0).get("latestPeriod").asText()).isEqualTo("2026-W47");
            assertThat(metrics.get(0).get("latestValue").decimalValue()).isEqualByComparingTo("412.75");
        });
        assertThat(sql.queryForObject("select recorded_by from metric_value where metric_id = ? and period = '2026-W47'",
                String.class, metric)).isEqualTo("dana");
        assertThat(new EventLog(sql).eventsOf(metric)).isEqualTo(3L);
    }

    @Test
    void teamPriorityServesACompanyPriorityOfTheSameQuarter() {
        String companyPriority = api.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Grow ARR by 20%", "ownerId", "ceo"));
        String teamPriority = api.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Win three enterprise logos", "ownerId", "dana", "parentPriorityId", companyPriority));

        eventually(() ->
                assertThat(api.get("/api/priorities/" + teamPriority).body().get("parentPriorityId").asText())
                        .isEqualTo(companyPriority));
    }

    @Test
    void theActorIsTheSignedInUserWhateverTheRequestClaims() {
        Api.Response claimedInTheBody = api.post("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Hire two account executives", "ownerId", "dana", "actor", "ceo"));
        assertThat(claimedInTheBody.status()).as("a body has no actor field to claim").isEqualTo(400);
        assertThat(claimedInTheBody.body().get("field").asText()).isEqualTo("actor");

        Api.Response assigned = api.send("POST", "/api/priorities", Map.of("teamId", sales,
                "quarter", "2026-Q4", "title", "Hire two account executives", "ownerId", "dana"), "X-User", "ceo");
        String priorityId = assigned.body().get("id").asText();

        eventually(() ->
                assertThat(api.get("/api/priorities/" + priorityId + "/history").body()
                        .get("entries").get(0).get("actor").asText()).isEqualTo("maria"));
    }

    @Test
    void teamsAreListedAndReadBack() {
        eventually(() -> {
            JsonNode team = api.get("/api/teams/" + sales).body();
            assertThat(team.get("name").asText()).isEqualTo("Sales");
            assertThat(team.get("parentTeamId").asText()).isEqualTo(company);
        });
        assertThat(api.get("/api/teams").body().findValuesAsText("name")).contains("Acme", "Sales");
    }
}
