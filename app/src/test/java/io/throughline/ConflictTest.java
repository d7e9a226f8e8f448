package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, conflicts: many clients change the same priority at the same version; exactly one wins per version, the
 * others are told 409 or 412, and the priority's events stay numbered without gaps.
 */
@ThroughlineIntegrationTest
class ConflictTest {

    private static final int CLIENTS = 16;
    private static final int ROUNDS = 6;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    Api api;
    String priority;

    @BeforeEach
    void priority() {
        Api admin = new Api(port);
        String team = admin.company("Clashing Co", "conny");
        api = admin.as("conny");
        priority = api.create("/api/priorities", Map.of("teamId", team, "quarter", "2026-Q4",
                "title", "Settle who goes first", "ownerId", "conny"));
    }

    @Test
    void manyClientsAtTheSameVersionOneWinsPerRoundAndTheLogHasNoGaps() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        Map<Integer, Integer> statuses = new TreeMap<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long version = round;
                Map<String, Api.Response> answers = sendAtOnce(pool, round, version);

                List<String> winners = answers.keySet().stream().filter(client -> answers.get(client).status() / 100 == 2).toList();
                assertThat(winners).as("winners of round %d", round).hasSize(1);
                String winner = winners.get(0);
                assertThat(answers.get(winner).body().get("version").asLong()).isEqualTo(version + 1);
                answers.values().stream().filter(answer -> answer.status() / 100 != 2).forEach(loser -> {
                    assertThat(loser.status()).as(loser.body().toString()).isIn(409, 412);
                    assertThat(loser.contentType()).startsWith("application/problem+json");
                    assertThat(loser.body().get("detail").asText()).isNotBlank();
                });
                answers.values().forEach(answer -> statuses.merge(answer.status(), 1, Integer::sum));
                JsonNode read = eventually(() -> api.get("/api/priorities/" + priority).body(),
                        body -> body.get("version").asLong() == version + 1);
                assertThat(round % 2 == 0 ? read.get("statusComment").asText() : read.get("title").asText())
                        .as("the read model shows the winner's change").endsWith(winner);
            }
        } finally {
            pool.shutdown();
        }

        System.out.println("Conflicts: " + ROUNDS + " rounds of " + CLIENTS + " clients at one version, statuses " + statuses);
        assertThat(sql.queryForList("select sequence_number from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", Long.class, priority))
                .containsExactlyElementsOf(LongStream.rangeClosed(0, ROUNDS).boxed().toList());
    }

    /** A version the priority has not reached is as stale as an old one: nobody read it. */
    @Test
    void aVersionNotYetWrittenIsRefused() {
        Api.Response ahead = api.send("POST", "/api/priorities/" + priority + "/status",
                Map.of("status", "AT_RISK"), "If-Match", "\"5\"");

        assertThat(ahead.status()).isEqualTo(412);
        assertThat(ahead.contentType()).startsWith("application/problem+json");
        assertThat(sql.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, priority)).isEqualTo(1);
    }

    /**
     * Every client sends its own change at the same moment, all claiming the version: even rounds report a status, odd
     * ones rename. The answers by client.
     */
    private Map<String, Api.Response> sendAtOnce(ExecutorService pool, int round, long version) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Future<Api.Response>> sent = new TreeMap<>();
        for (int client = 0; client < CLIENTS; client++) {
            String me = "round " + round + " client " + client;
            sent.put(me, pool.submit(() -> {
                start.await();
                return round % 2 == 0
                        ? api.send("POST", "/api/priorities/" + priority + "/status",
                        Map.of("status", round % 4 == 0 ? "AT_RISK" : "OFF_TRACK", "comment", "from " + me),
                        "If-Match", "\"" + version + "\"")
                        : api.send("PATCH", "/api/priorities/" + priority, Map.of("reason", "plans moved", "title", "Settled by " + me),
                        "If-Match", "\"" + version + "\"");
            }));
        }
        start.countDown();
        Map<String, Api.Response> answers = new TreeMap<>();
        for (Map.Entry<String, Future<Api.Response>> answer : sent.entrySet()) {
            answers.put(answer.getKey(), answer.getValue().get());
        }
        return answers;
    }
}
