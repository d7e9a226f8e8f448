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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

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

    /** Issue 11, retries: the same command with the same key 100 times, some concurrently, is one event. */
    @Test
    void aStatusReportSentAHundredTimesSomeConcurrentlyIsStoredOnce() throws Exception {
        String key = UUID.randomUUID().toString();

        List<Api.Response> answers = hundredTimes(() -> api.send("POST", "/api/priorities/" + priority + "/status",
                Map.of("status", "AT_RISK", "comment", "pipeline flaky"), "Idempotency-Key", key));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(answers.get(0).body());
            assertThat(answer.body().get("version").asLong()).isEqualTo(1);
        });
        assertThat(new EventLog(sql).eventsOf(priority)).isEqualTo(2);
    }

    @Test
    void aCreationSentAHundredTimesSomeConcurrentlyCreatesOnePriority() throws Exception {
        String key = UUID.randomUUID().toString();
        long eventsBefore = new EventLog(sql).allEvents();

        List<Api.Response> answers = hundredTimes(() -> api.send("POST", "/api/priorities", Map.of("teamId", team,
                "quarter", "2026-Q4", "title", "Retry-proof releases", "ownerId", "pat"), "Idempotency-Key", key));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.body()).isEqualTo(answers.get(0).body());
        });
        assertThat(new EventLog(sql).eventsOf(answers.get(0).body().get("id").asText())).isEqualTo(1);
        assertThat(new EventLog(sql).allEvents()).isEqualTo(eventsBefore + 1);
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

    /**
     * Sends the same request 100 times: 20 one after the other, then 60 from 16 threads at once, then 20 more one after
     * the other. Answers in the order sent.
     */
    private static List<Api.Response> hundredTimes(Callable<Api.Response> send) throws Exception {
        List<Api.Response> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(send.call());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (Future<Api.Response> answer : pool.invokeAll(Collections.nCopies(60, send))) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < 20; i++) {
            answers.add(send.call());
        }
        System.out.println("Retries: " + answers.size() + " sends with one Idempotency-Key, statuses "
                + answers.stream().collect(Collectors.groupingBy(Api.Response::status, TreeMap::new, Collectors.counting())));
        return answers;
    }
}
