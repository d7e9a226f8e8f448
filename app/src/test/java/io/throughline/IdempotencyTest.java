package io.throughline;

import io.throughline.support.Api;
import io.throughline.support.EventLog;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A write repeated with the same Idempotency-Key is applied once and answered with the original result. */
@ThroughlineIntegrationTest
class IdempotencyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    Api api;
    String team;
    String priority;

    @BeforeEach
    void priority() {
        Api admin = new Api(port);
        team = admin.company("Platform", "pat");
        api = admin.as("pat");
        priority = api.create("/api/priorities", Map.of("teamId", team, "quarter", "2026-Q4",
                "title", "Cut deploy time to 10 minutes", "ownerId", "pat"));
    }

    @Test
    void twentyRepeatsSomeConcurrentStoreOneEvent() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(pool.submit(() -> api.send("POST", "/api/priorities/" + priority + "/status",
                    Map.of("status", "AT_RISK", "comment", "pipeline flaky"), "Idempotency-Key", key)));
        }
        for (Future<Api.Response> answer : answers) {
            Api.Response response = answer.get();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().get("version").asLong()).isEqualTo(1);
        }
        pool.shutdown();

        assertThat(new EventLog(sql).eventsOf(priority)).isEqualTo(2);
    }

    @Test
    void aRepeatedCreationAnswersTheSameNewPriority() {
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("teamId", team, "quarter", "2026-Q4", "title", "Zero flaky tests", "ownerId", "pat");

        Api.Response first = api.send("POST", "/api/priorities", body, "Idempotency-Key", key);
        Api.Response repeat = api.send("POST", "/api/priorities", body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body().get("id").asText()).isEqualTo(first.body().get("id").asText());
        assertThat(new EventLog(sql).eventsOf(first.body().get("id").asText())).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        assertThat(api.send("POST", "/api/priorities/" + priority + "/status", Map.of("status", "AT_RISK"),
                "Idempotency-Key", key).status()).isEqualTo(200);

        Api.Response other = api.send("POST", "/api/priorities/" + priority + "/status", Map.of("status", "OFF_TRACK"),
                "Idempotency-Key", key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body().get("detail").asText()).contains("Idempotency-Key");
        assertThat(new EventLog(sql).eventsOf(priority)).isEqualTo(2);
    }

    @Test
    void aRefusedCommandDoesNotUseUpItsKey() {
        String key = UUID.randomUUID().toString();
        assertThat(api.send("POST", "/api/priorities/" + priority + "/drop", Map.of(), "Idempotency-Key", key).status())
                .isEqualTo(400);
        assertThat(api.send("POST", "/api/priorities/" + priority + "/drop", Map.of("reason", "merged into another"),
                "Idempotency-Key", key).status()).isEqualTo(200);
    }
}
