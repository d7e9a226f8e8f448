package io.throughline.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.ThroughlineApplication;
import io.throughline.support.Api;
import io.throughline.support.PageSession;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static java.util.concurrent.CompletableFuture.supplyAsync;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stops for a few seconds in the middle of a load of changes and reads, and starts again on the same data
 * and port. Meanwhile every answer is a success or 503 with Retry-After, none slower than the pool's connection timeout
 * and a margin; the health endpoint says DOWN, and a page and a sign-in that needs the database answer 503 too.
 * Afterwards the service works again without a restart of its own, every acknowledged change is in the log exactly
 * once and in order, and the projections go on from their tokens and catch up with the log.
 */
class DatabaseOutageTest {

    private static final int CLIENTS = 4;
    private static final Duration OUTAGE = Duration.ofSeconds(4);
    private static final long CONNECTION_TIMEOUT_MILLIS = 3_000;
    private static final long MARGIN_MILLIS = 2_000;
    private static final Duration RECOVERY = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDirectory;

    @Test
    void theServiceAnswers503WhilePostgresIsDownAndRecoversLosingNothing() throws Exception {
        assertThat(Driver.class.desiredAssertionStatus())
                .as("the JDBC driver runs without its internal asserts, as in production (app/pom.xml)").isFalse();
        try (StoppablePostgres postgres = new StoppablePostgres(dataDirectory)) {
            postgres.start();
            try (ConfigurableApplicationContext service = start(postgres)) {
                int port = ((WebServerApplicationContext) service).getWebServer().getPort();
                Api admin = new Api(port);
                String team = admin.company("Outage Co", "odette");
                Api odette = admin.as("odette");
                List<String> priorities = IntStream.range(0, CLIENTS).mapToObj(i -> odette.create("/api/priorities",
                        Map.of("teamId", team, "quarter", "2026-Q4", "title", "Client " + i, "ownerId", "odette"))).toList();
                // The clients read their priorities back from the first change on: the read model must hold them.
                await().atMost(Duration.ofSeconds(10)).until(() -> priorities.stream()
                        .allMatch(priority -> odette.get("/api/priorities/" + priority).status() == 200));
                PageSession page = PageSession.admin(port);
                ChangeLoad load = new ChangeLoad(port, "odette");

                load.start(priorities);
                Thread.sleep(2_000);
                long stopping = System.nanoTime();
                postgres.stop();
                long stopped = System.nanoTime();
                // At once and side by side: each waits up to the connection timeout.
                ExecutorService probes = Executors.newFixedThreadPool(3);
                CompletableFuture<Api.Response> health = supplyAsync(() -> admin.get("/actuator/health"), probes);
                CompletableFuture<HttpResponse<String>> adminPage = supplyAsync(() -> page.get("/admin"), probes);
                CompletableFuture<Api.Response> token = supplyAsync(
                        () -> admin.withToken("a-token-never-seen").get("/api/teams"), probes);
                probes.shutdown();
                Thread.sleep(OUTAGE.toMillis());
                postgres.start();
                long restarted = System.nanoTime();
                long headAtRestart = head(postgres);
                Duration resumed = timeUntil(restarted, () -> dashboardPosition(admin) > headAtRestart);
                Thread.sleep(2_000);
                load.stop();
                Duration caughtUp = timeUntil(restarted, () -> everyProjectionAtTheHead(admin));

                List<ChangeLoad.Answer> answers = load.answers();
                long ok = answers.stream().filter(ChangeLoad.Answer::ok).count();
                long unavailable = answers.stream().filter(answer -> answer.status() == 503).count();
                long slowest = answers.stream().mapToLong(ChangeLoad.Answer::millis).max().orElse(0);
                long firstChangeAfter = answers.stream().filter(answer -> answer.write() && answer.ok()
                        && answer.endedNanos() > restarted).mapToLong(ChangeLoad.Answer::endedNanos).min().orElseThrow();
                Map<String, List<String>> acknowledged = load.acknowledged();
                JdbcTemplate sql = service.getBean(JdbcTemplate.class);
                Map<String, List<String>> stored = new HashMap<>();
                priorities.forEach(priority -> stored.put(priority, titlesInTheLog(sql, priority)));
                long changes = acknowledged.values().stream().mapToLong(List::size).sum();
                long lost = priorities.stream().mapToLong(p -> acknowledged.get(p).stream()
                        .filter(title -> !stored.get(p).contains(title)).count()).sum();
                long duplicated = priorities.stream().mapToLong(p -> stored.get(p).size()
                        - stored.get(p).stream().distinct().count()).sum();
                System.out.printf("Database outage: PostgreSQL stopped in %d ms, down %d ms; %d requests: %d 2xx, %d 503, "
                                + "%d other; slowest %d ms; first acknowledged change %d ms after the restart; dashboard "
                                + "resumed after %d ms, every projection at the head after %d ms; %d changes "
                                + "acknowledged, %d lost, %d duplicated%n",
                        millis(stopped - stopping), millis(restarted - stopped), answers.size(), ok, unavailable,
                        answers.size() - ok - unavailable, slowest, millis(firstChangeAfter - restarted),
                        resumed.toMillis(), caughtUp.toMillis(), changes, lost, duplicated);

                assertThat(unavailable).as("requests answered 503 during the outage").isPositive();
                assertThat(Duration.ofNanos(firstChangeAfter - restarted)).as("changes succeed again, by themselves")
                        .isLessThan(RECOVERY);
                assertThat(answers).as("answers neither a success nor 503")
                        .filteredOn(answer -> !answer.ok() && answer.status() != 503).isEmpty();
                assertThat(answers).as("answers much slower than the connection timeout")
                        .filteredOn(answer -> answer.millis() > CONNECTION_TIMEOUT_MILLIS + MARGIN_MILLIS).isEmpty();
                assertThat(answers).as("successes without a body: Spring took PostgreSQL's broken pipe for the client's")
                        .filteredOn(answer -> answer.ok() && !answer.contentType().startsWith("application/json")).isEmpty();
                assertThat(answers).as("503 answers without Retry-After or problem+json")
                        .filteredOn(answer -> answer.status() == 503 && !("5".equals(answer.retryAfter())
                                && answer.contentType().equals("application/problem+json"))).isEmpty();
                assertThat(health.get().status()).isEqualTo(503);
                assertThat(health.get().body().get("status").asText()).isEqualTo("DOWN");
                assertThat(adminPage.get().statusCode()).isEqualTo(503);
                assertThat(adminPage.get().headers().firstValue("Retry-After")).hasValue("5");
                assertThat(token.get().status()).as("a token that cannot be looked up is not refused").isEqualTo(503);
                assertThat(token.get().header("Retry-After")).isEqualTo("5");

                assertThat(stored).as("every acknowledged change is in the log once, in order, and nothing else")
                        .isEqualTo(acknowledged);
                for (String priority : priorities) {
                    List<String> titles = acknowledged.get(priority);
                    assertThat(odette.get("/api/priorities/" + priority).body().get("title").asText())
                            .isEqualTo(titles.get(titles.size() - 1));
                    assertThat(sql.queryForObject("select count(*) from audit_entry where aggregate_id = ?", Long.class,
                            priority)).as("one audit row per event").isEqualTo(titles.size() + 1L);
                }
            }
        }
    }

    private static ConfigurableApplicationContext start(StoppablePostgres postgres) {
        return new SpringApplicationBuilder(ThroughlineApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--throughline.embedded-postgres.enabled=false",
                "--throughline.admin-password=" + Api.ADMIN_PASSWORD);
    }

    /** The titles the log's events gave the priority after it was assigned, in order. */
    private static List<String> titlesInTheLog(JdbcTemplate sql, String priority) {
        List<String> titles = new ArrayList<>();
        sql.query("select payload from domain_event_entry where aggregate_identifier = ? and sequence_number > 0 "
                + "order by sequence_number", row -> {
            titles.add(read(row.getBytes(1)).get("title").get("after").asText());
        }, priority);
        return titles;
    }

    private static long head(StoppablePostgres postgres) {
        return new JdbcTemplate(postgres.dataSource())
                .queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    /** -1 while the service cannot tell. */
    private static long dashboardPosition(Api admin) {
        for (JsonNode projection : projections(admin)) {
            if (projection.get("name").asText().equals("dashboard")) {
                return projection.get("position").asLong();
            }
        }
        return -1;
    }

    private static boolean everyProjectionAtTheHead(Api admin) {
        JsonNode projections = projections(admin);
        for (JsonNode projection : projections) {
            if (projection.get("position").asLong() != projection.get("head").asLong()) {
                return false;
            }
        }
        return !projections.isEmpty();
    }

    private static JsonNode projections(Api admin) {
        Api.Response answer = admin.get("/api/admin/projections");
        return answer.status() == 200 ? answer.body() : JSON.createArrayNode();
    }

    private static Duration timeUntil(long sinceNanos, Callable<Boolean> condition) {
        await().atMost(RECOVERY).pollInterval(Duration.ofMillis(100)).until(condition);
        return Duration.ofNanos(System.nanoTime() - sinceNanos);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
