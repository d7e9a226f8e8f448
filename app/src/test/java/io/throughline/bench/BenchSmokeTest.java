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
 * The benchmark suite of {@code bench/run.sh}, for two seconds with four clients, on the service the other
 * integration tests share (no start-up of its own), so that it cannot rot: about 8 s. Only that it runs and reports
 * every section is checked here, never how fast: figures from a build sharing two cores with other work say nothing.
 */
@ThroughlineIntegrationTest
class BenchSmokeTest {

    @Autowired
    ConfigurableApplicationContext service;

    @Test
    void theSuiteReportsEveryMeasurementWithItsBaseline(@TempDir Path reports) throws Exception {
        BenchSuite.run(new BenchSuite.Options(2, 0, 4, reports, List.of()), service);

        JsonNode run = new ObjectMapper().readTree(reports.resolve("run.json").toFile());
        assertThat(run.path("startup").path("restart_s").asDouble()).isPositive();
        assertThat(run.path("startup").path("first_start_s").asDouble()).isPositive();
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
