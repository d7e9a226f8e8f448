package io.throughline.storage;

import io.throughline.ThroughlineApplication;
import io.throughline.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps its data: stop the service, start it again on the same directory, nothing is lost. */
class RestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void eventsAndReadModelsSurviveARestart() {
        String team;
        String metric;
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> lateValue = Map.of("period", "2026-10", "value", 11);
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate sql = first.getBean(JdbcTemplate.class);
            assertThat(sql.queryForObject("show fsync", String.class)).as("an acknowledged event is on disk").isEqualTo("on");
            assertThat(sql.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            Api admin = api(first);
            team = admin.company("Operations", "otto");
            Api api = admin.as("otto");
            admin.people("ops");
            assertThat(api.post("/api/teams/" + team + "/members", Map.of("personId", "ops")).status()).isEqualTo(204);
            api.create("/api/priorities", Map.of("teamId", team, "quarter", "2026-Q4", "title", "Halve lead time", "ownerId", "ops"));
            metric = api.create("/api/metrics", Map.of("teamId", team, "name", "Lead time", "unit", "days", "target", 5,
                    "direction", "LOWER_IS_BETTER", "cadence", "MONTHLY", "ownerId", "ops"));
            assertThat(api.post("/api/metrics/" + metric + "/values", Map.of("period", "2026-11", "value", 9)).status()).isEqualTo(201);
            assertThat(api.send("POST", "/api/metrics/" + metric + "/values", lateValue, "Idempotency-Key", key).status())
                    .isEqualTo(201);
            eventually(() -> assertThat(api.get("/api/teams/" + team + "/dashboard").body().get("metrics").get(0)
                    .get("latestValue").asInt()).isEqualTo(9));
        }

        try (ConfigurableApplicationContext second = start()) {
            Api api = api(second).as("otto");
            var dashboard = api.get("/api/teams/" + team + "/dashboard").body();
            assertThat(dashboard.get("name").asText()).isEqualTo("Operations");
            assertThat(dashboard.get("priorities").get(0).get("title").asText()).isEqualTo("Halve lead time");
            assertThat(dashboard.get("metrics").get(0).get("latestPeriod").asText()).isEqualTo("2026-11");
            // An idempotent repeat after the restart is answered, not applied again.
            Api.Response repeat = api.send("POST", "/api/metrics/" + metric + "/values", lateValue, "Idempotency-Key", key);
            assertThat(repeat.status()).isEqualTo(201);
            assertThat(repeat.body().get("version").asLong()).isEqualTo(2);
            // The aggregate is rebuilt from the stored events: the recorded month is still taken.
            assertThat(api.post("/api/metrics/" + metric + "/values", Map.of("period", "2026-11", "value", 7)).status()).isEqualTo(409);
            assertThat(api.post("/api/metrics/" + metric + "/values", Map.of("period", "2026-12", "value", 7)).status()).isEqualTo(201);
            eventually(() -> assertThat(api.get("/api/metrics/" + metric).body().get("metric").get("latestPeriod").asText()).isEqualTo("2026-12"));
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ThroughlineApplication.class).run(
                "--server.port=0",
                "--throughline.embedded-postgres.data-directory=" + dataDirectory,
                "--throughline.embedded-postgres.port=0",
                "--throughline.admin-password=" + Api.ADMIN_PASSWORD);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
