package io.throughline.requests;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes are taken in at the pace the dashboard follows: while its processor is behind, a change waits for it to
 * catch up (here, behind by even one event), and with every turn taken a further change is answered 503 with
 * Retry-After. The processor is held back by a lock on its table, as a slow database would hold it.
 */
@ThroughlineIntegrationTest
@TestPropertySource(properties = {
        "throughline.intake.concurrent-changes=1",
        "throughline.intake.queue-timeout=300ms",
        "throughline.intake.max-backlog=0",
        "throughline.intake.max-wait=20s"})
class CommandIntakeTest {

    private static final Duration HELD = Duration.ofMillis(1500);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aChangeWaitsWhileTheDashboardIsBehindAndOneWithoutATurnIsAskedToComeBack() throws Exception {
        Api admin = new Api(port);
        String team = admin.company("Paced Co", "paula-paced");
        Api paula = admin.as("paula-paced");
        String priority = paula.create("/api/priorities", Map.of("teamId", team, "quarter", "2026-Q4",
                "title", "Ship the pacing", "ownerId", "paula-paced"));
        eventually(() -> assertThat(statusOf(priority)).isEqualTo("NOT_STARTED"));

        TransactionStatus lock = transactions.getTransaction(new DefaultTransactionDefinition());
        sql.execute("lock table priority_view in share mode");
        assertThat(report(paula, priority, "AT_RISK").status()).as("the dashboard was not behind yet").isEqualTo(200);
        // Behind once its processor waits for the lock to write that report (and the head, read at most every 20 ms,
        // has moved past it by then).
        eventually(() -> assertThat(sql.queryForObject("select count(*) from pg_locks "
                + "where relation = 'priority_view'::regclass and not granted", Integer.class)).isPositive());

        long start = System.nanoTime();
        CompletableFuture<Api.Response> paced = CompletableFuture.supplyAsync(() -> report(paula, priority, "OFF_TRACK"));
        Thread.sleep(300);
        Api.Response busy = report(paula, priority, "ON_TRACK");
        assertThat(busy.status()).as("the only turn is taken by the change waiting for the dashboard").isEqualTo(503);
        assertThat(busy.header("Retry-After")).isEqualTo("1");
        assertThat(busy.body().get("title").asText()).isEqualTo("Busy");
        assertThat(paced).as("still waiting for the dashboard").isNotDone();

        Thread.sleep(HELD.toMillis() - 300);
        transactions.rollback(lock);
        assertThat(paced.get().status()).isEqualTo(200);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertThat(waited).as("it went ahead once the dashboard caught up, not at the end of max-wait")
                .isBetween(HELD, Duration.ofSeconds(10));
        eventually(() -> assertThat(statusOf(priority)).isEqualTo("OFF_TRACK"));

        long again = System.nanoTime();
        assertThat(report(paula, priority, "ON_TRACK").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - again)).as("caught up: nothing to wait for")
                .isLessThan(HELD);
    }

    private static Api.Response report(Api lead, String priority, String status) {
        return lead.post("/api/priorities/" + priority + "/status", Map.of("status", status));
    }

    private String statusOf(String priority) {
        return sql.queryForObject("select status from priority_view where priority_id = ?", String.class, priority);
    }
}
