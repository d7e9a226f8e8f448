package io.throughline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.support.Api;
import io.throughline.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark suite of {@code bench/run.sh}, for two seconds with four clients on the test PostgreSQL, so that it
 * cannot rot. Only that it runs and reports every section is checked here, never how fast: figures from a build
 * sharing two cores with other work say nothing.
 */
class BenchSmokeTest {

    @Test
    void theSuiteReportsEveryMeasurementWithItsBaseline(@TempDir Path reports) throws Exception {
        BenchSuite.run(new BenchSuite.Options(2, 0, 4, reports, List.of("--server.port=0",
                "--throughline.embedded-postgres.enabled=false", "--spring.datasource.url=" + TestPostgres.newDatabase(),
                "--spring.datasource.username=postgres", "--throughline.admin-password=" + Api.ADMIN_PASSWORD)));

        JsonNode run = new ObjectMapper().readTree(reports.resolve("run.json").toFile());
        assertThat(run.path("startup").path("to_healthy_s").asDouble()).isPositive();
        assertThat(run.path("commands").path("errors").asLong()).as(run.path("commands").path("first_error").asText()).isZero();
        assertThat(run.path("commands").path("UpdatePriorityStatus").path("count").asLong()).isPositive();
        assertThat(run.path("commands").path("RecordMetric").path("count").asLong()).isPositive();
        assertThat(run.path("raw_jdbc_baseline").path("completed").asLong()).isPositive();
        assertThat(run.path("raw_jdbc_baseline").path("row_bytes").asLong()).isPositive();
        assertThat(run.path("projection_lag").path("count").asLong()).as(run.path("projection_lag").toString()).isPositive();
        assertThat(run.path("memory").path("peak_rss_mb").asDouble()).isPositive();
        assertThat(run.path("checks")).hasSize(5);
        assertThat(Files.readString(reports.resolve("run.md")))
                .contains("Start-up to healthy", "Command throughput", "Command latency", "Projection lag", "Peak RSS");
    }
}
