package io.throughline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark suite of {@code bench/run.sh}, for two seconds with four clients and a small long history
 * ({@link BenchSizes#SMOKE}), on the service the other integration tests share (no start-up of its own), so that it
 * cannot rot. Only that it runs and reports every section is checked here, never how fast: figures from a build
 * sharing two cores with other work say nothing.
 */
@ThroughlineIntegrationTest
class BenchSmokeTest {

    @Autowired
    ConfigurableApplicationContext service;

    @Test
    void theSuiteReportsEveryMeasurementWithItsBaseline(@TempDir Path reports) throws Exception {
        BenchSuite.run(new BenchSuite.Options(2, 0, 4, reports, List.of(), List.of(), BenchSizes.SMOKE), service);

        JsonNode run = new ObjectMapper().readTree(reports.resolve("run.json").toFile());
        assertThat(run.path("startup").path("restart_s").asDouble()).isPositive();
        assertThat(run.path("startup").path("first_start_s").asDouble()).isPositive();
        assertThat(run.path("commands").path("errors").asLong()).as(run.path("commands").path("first_error").asText()).isZero();
        assertThat(run.path("commands").path("UpdatePriorityStatus").path("count").asLong()).isPositive();
        assertThat(run.path("commands").path("RecordMetric").path("count").asLong()).isPositive();
        assertThat(run.path("raw_jdbc_baseline").path("completed").asLong()).isPositive();
        assertThat(run.path("raw_jdbc_baseline").path("row_bytes").asLong()).isPositive();
        assertThat(run.path("projection_lag").path("count").asLong()).as(run.path("projection_lag").toString()).isPositive();
        // The ceilings' requests must be refused where they say: at the first field, and by the aggregate.
        for (String ceiling : List.of("refused_at_first_field", "refused_by_the_aggregate")) {
            JsonNode refused = run.path("command_ceilings").path(ceiling);
            assertThat(refused.path("errors").asLong()).as(refused.path("first_error").asText()).isZero();
            assertThat(refused.path("completed").asLong()).as(ceiling).isPositive();
        }
        assertThat(run.path("memory").path("peak_rss_mb").asDouble()).isPositive();

        JsonNode dataset = run.path("dataset");
        assertThat(dataset.path("priorities").asInt()).isEqualTo(BenchSizes.SMOKE.priorities());
        assertThat(dataset.path("metric_values").asInt()).isEqualTo(BenchSizes.SMOKE.metricValues());
        assertThat(dataset.path("events").asLong()).isEqualTo(
                dataset.path("last_global_index").asLong() - dataset.path("first_global_index").asLong() + 1);
        JsonNode replay = run.path("replay");
        assertThat(replay.path("complete").asBoolean()).as(replay.toString()).isTrue();
        assertThat(replay.path("events_per_second").asDouble()).isPositive();
        assertThat(replay.path("raw_read_baseline").path("events").asLong()).isEqualTo(dataset.path("events").asLong());
        assertThat(replay.path("projections")).as("audit, dashboard, insights, integrity, notices, nudges").hasSize(6);
        JsonNode ceiling = run.path("replay_ceiling");
        assertThat(ceiling.path("each_projection_reads").path("processors").asInt()).isEqualTo(6);
        assertThat(ceiling.path("each_projection_reads").path("complete").asBoolean()).as(ceiling.toString()).isTrue();
        assertThat(ceiling.path("one_shared_read").path("complete").asBoolean()).as(ceiling.toString()).isTrue();
        for (String query : List.of("team_dashboard", "company_roll_up", "priority_history", "plan_as_of",
                "scorecard_as_of", "company_roll_up_as_of")) {
            assertThat(run.path("query_latency").path(query).path("count").asInt()).as(query)
                    .isEqualTo(BenchSizes.SMOKE.querySamples());
        }
        // Whether the chain is intact is reported, not asserted here: a figure, as the others.
        assertThat(run.path("audit_reads").has("chain_first_broken_at")).isTrue();
        assertThat(run.path("audit_reads").path("chain_verify_seconds").asDouble()).isPositive();
        assertThat(run.path("audit_reads").path("csv_rows").asLong()).isGreaterThanOrEqualTo(dataset.path("events").asLong());
        assertThat(run.path("audit_reads").path("audit_page").path("count").asInt()).isEqualTo(BenchSizes.SMOKE.querySamples());
        for (int readings : BenchSizes.SMOKE.history()) {
            assertThat(run.path("history_growth").path("history_" + readings).path("count").asInt())
                    .isEqualTo(BenchSizes.SMOKE.historyCommands());
        }
        assertThat(run.path("history_growth").path("p50_ratio_largest_to_smallest").asDouble()).isPositive();
        assertThat(run.path("history_growth").path("without_snapshot_or_cache_ms")).hasSize(BenchSizes.SMOKE.coldLoads());

        JsonNode alone = run.path("service_alone");
        assertThat(alone.path("peak_rss_mb").asDouble()).as(alone.toString()).isPositive();
        assertThat(alone.path("phases")).hasSize(5);
        assertThat(alone.path("commands").path("errors").asLong()).as(alone.path("commands").path("first_error").asText())
                .isZero();
        assertThat(alone.path("commands").path("completed").asLong()).isPositive();
        assertThat(alone.path("rebuild").path("complete").asBoolean()).as(alone.path("rebuild").toString()).isTrue();
        assertThat(alone.path("query_latency").path("team_dashboard").path("count").asInt())
                .isEqualTo(BenchSizes.SMOKE.querySamples());
        assertThat(alone.path("page_latency").path("dashboard").path("errors").asLong()).isZero();
        assertThat(alone.path("audit_reads").path("csv_rows").asLong()).isGreaterThanOrEqualTo(dataset.path("events").asLong());
        assertThat(alone.path("jvm_memory_at_end_mb").path("committed_by_pool")).isNotEmpty();

        JsonNode pages = run.path("page_latency");
        List<String> pageNames = new java.util.ArrayList<>();
        pages.fields().forEachRemaining(field -> {
            if (field.getValue().isObject()) {
                pageNames.add(field.getKey());
            }
        });
        assertThat(pageNames).contains("my_week", "my_week_of_every_kpi_owner", "account", "dashboard", "team", "priority",
                "metric", "check_ins", "decisions", "assessments", "audit", "admin");
        for (String page : pageNames) {
            assertThat(pages.path(page).path("errors").asLong()).as(pages.path(page).path("first_error").asText()).isZero();
            assertThat(pages.path(page).path("count").asInt()).as(page).isEqualTo(BenchSizes.SMOKE.querySamples());
            assertThat(pages.path(page).path("p95_ms").asDouble()).as(page).isPositive();
        }

        assertThat(run.path("checks")).hasSize(16 + pageNames.size());
        assertThat(Files.readString(reports.resolve("run.md")))
                .contains("Start-up to healthy", "Command throughput", "Command latency", "Projection lag",
                        "Peak RSS of the service alone", "The service alone, as the image runs it",
                        "History growth", "Rebuild of all projections", "Ceiling of the rebuild",
                        "Ceiling of commands", "Team dashboard", "Company roll-up",
                        "Priority history", "Plan as of", "Company roll-up as of", "Team scorecard as of", "Audit reads", "Seeded", "Page My week (`/me`)", "Page latency");
    }
}
