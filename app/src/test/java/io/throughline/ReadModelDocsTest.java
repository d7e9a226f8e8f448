package io.throughline;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.support.AnalystLogin;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Every SQL example of docs/read-models.md runs, as the analyst role, on a database with an organisation in it. */
@ThroughlineIntegrationTest
class ReadModelDocsTest {

    /** The tests run in the app module; the docs are at the top of the checkout. */
    private static final Path DOCS = Path.of("..", "docs", "read-models.md");
    private static final List<String> READ_MODELS = List.of("team_view", "team_member", "priority_view", "metric_view",
            "metric_value", "plan_view", "team_assessment", "audit_entry", "event_hash", "huddle_view", "stuck_item_view",
            "decision_right_view", "decision_view", "check_in_view", "commitment_view",
            "lasting_plan_view", "annual_goal_view", "milestone_view",
            "priority_contribution_view", "quarter_view", "priority_version", "priority_contribution_span",
            "priority_progress_view", "kpi_progress_view", "milestone_progress_view", "priority_progress_version",
            "kpi_progress_version",
            "metric_target", "metric_definition_version", "metric_value_correction", "insight_priority",
            "insight_status_change");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;
    @RegisterExtension
    final AnalystLogin analyst = new AnalystLogin();

    @Test
    void eachReadModelHasASectionWithThreeExamples() throws IOException {
        Map<String, List<String>> examples = examplesBySection();

        READ_MODELS.forEach(table -> assertThat(examples.get(table)).as("examples of " + table).hasSize(3));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRunsAsTheAnalyst() throws IOException {
        seedAnOrganisation();
        return examplesBySection().entrySet().stream().flatMap(section -> section.getValue().stream()
                .map(example -> DynamicTest.dynamicTest(section.getKey() + ": " + example.lines().findFirst().orElse(""),
                        () -> {
                            try (Connection connection = analyst.connect(); Statement statement = connection.createStatement()) {
                                statement.execute(example);
                            }
                        })));
    }

    private static void written(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 204);
    }

    /** The ```sql blocks of the page, by the title of the section they stand in. */
    private static Map<String, List<String>> examplesBySection() throws IOException {
        Map<String, List<String>> examples = new LinkedHashMap<>();
        String section = "";
        StringBuilder example = null;
        for (String line : Files.readAllLines(DOCS)) {
            if (example != null && line.equals("```")) {
                examples.computeIfAbsent(section, title -> new ArrayList<>()).add(example.toString());
                example = null;
            } else if (example != null) {
                example.append(line).append('\n');
            } else if (line.equals("```sql")) {
                example = new StringBuilder();
            } else if (line.startsWith("## ")) {
                section = line.substring(3).strip();
            }
        }
        return examples;
    }

    /**
     * A company and a team this quarter: plan, aligned, dropped and much-changed priorities, a red KPI, an assessment,
     * a decision right, a flagged decision, and a check-in with an overdue and a dropped commitment.
     */
    private void seedAnOrganisation() {
        String quarter = Quarter.of(LocalDate.now(ZoneOffset.UTC)).value();
        Api admin = new Api(port);
        String company = admin.company("Documented", "doc-lead");
        Api api = admin.as("doc-lead");
        admin.people("dee");
        String team = api.create("/api/teams", Map.of("name", "Documented team", "parentTeamId", company));
        written(api.post("/api/teams/" + team + "/members", Map.of("personId", "dee")));
        written(api.post("/api/teams/" + team + "/plan", Map.of("quarter", quarter, "outcome", "Every example runs",
                "annualGoals", List.of("Docs that cannot rot", "Analysts on their own"))));
        written(api.send("PUT", "/api/teams/" + team + "/plan/lasting", Map.of("coreValues", List.of("Say it plainly"),
                "purpose", "Numbers anyone can read", "bhag", "Every question answered in SQL")));
        String annualGoal = api.create("/api/teams/" + team + "/annual-goals",
                Map.of("year", LocalDate.now(ZoneOffset.UTC).getYear(), "title", "Every table documented"));
        written(api.post("/api/teams/" + team + "/annual-goals/" + annualGoal + "/retire", Map.of("reason", "done early")));
        String goal = api.create("/api/priorities", Map.of("teamId", company, "quarter", quarter,
                "title", "Trust the numbers", "ownerId", "doc-lead"));
        String aligned = api.create("/api/priorities", Map.of("teamId", team, "quarter", quarter,
                "title", "Document the tables", "ownerId", "dee", "parentPriorityId", goal));
        for (String title : List.of("Document every table", "Document the read models", "Document and test them")) {
            written(api.send("PATCH", "/api/priorities/" + aligned, Map.of("reason", "plans moved", "title", title)));
        }
        String dropped = api.create("/api/priorities", Map.of("teamId", team, "quarter", quarter,
                "title", "Print the docs", "ownerId", "dee"));
        written(api.post("/api/priorities/" + dropped + "/drop", Map.of("reason", "nobody reads paper")));
        String metric = api.create("/api/metrics", Map.of("teamId", team, "name", "Examples passing", "unit", "%",
                "target", 100, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "dee",
                "priorityId", aligned));
        Period week = Period.of(Cadence.WEEKLY, LocalDate.now(ZoneOffset.UTC)).previous();
        for (Period red : List.of(week.previous().previous(), week.previous(), week)) {
            written(api.post("/api/metrics/" + metric + "/values", Map.of("period", red.value(), "value", 50)));
        }
        written(api.send("PUT", "/api/metrics/" + metric + "/values/" + week,
                Map.of("value", 60, "reason", "one was miscounted")));
        written(api.post("/api/teams/" + team + "/assessments", Map.of("dimension", "STRATEGIC_ALIGNMENT", "score", 3.5,
                "respondents", 6, "date", LocalDate.now(ZoneOffset.UTC).toString())));
        written(api.post("/api/teams/" + team + "/decision-rights",
                Map.of("category", "pricing", "holderRole", "LEAD", "mode", "DECIDE")));
        written(api.post("/api/teams/" + team + "/decisions", Map.of("category", "pricing", "title", "Price list",
                "decision", "Prices up 4%", "deciderId", "dee", "consulted", List.of("doc-lead"),
                "relatedPriorityId", aligned)));
        String checkIn = api.create("/api/check-ins", Map.of("personId", "dee", "date", week.firstDay().toString(),
                "phase", "TRACK", "prioritiesReviewed", List.of(aligned), "notes", "Examples first",
                "commitments", List.of(Map.of("text", "Document the check-ins", "dueDate", week.firstDay().plusDays(6).toString()),
                        Map.of("text", "Print them", "dueDate", week.firstDay().plusDays(6).toString()))));
        written(api.post("/api/check-ins/" + checkIn + "/commitments/2/drop", Map.of("reason", "paper again")));
        eventually(() -> assertThat(sql.queryForObject(
                "select count(*) from audit_entry where aggregate_id = ? and reason is not null", Integer.class, metric))
                .isEqualTo(1));
    }
}
