package io.throughline.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.reliability.MixedLoad.Attempt;
import io.throughline.reliability.MixedLoad.Outcome;
import io.throughline.support.Api;
import io.throughline.support.ServiceProcess;
import io.throughline.support.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's crash test. The service runs in a JVM of its own under a load of mixed commands, is killed with SIGKILL
 * mid-load and started again on the same database. Every command that was acknowledged is in the event log exactly
 * once, where the answer said; a command in flight at the kill is there at most once, and exactly once after the client
 * sends it again with its key; after catch-up every read model equals a fresh fold of the log.
 */
@Tag("reliability")
class CrashTest {

    private static final Duration START_LIMIT = Duration.ofMinutes(2);
    private static final int CLIENTS = 8;
    private static final long KILL_AFTER_ACKNOWLEDGED = 200;
    private static final Duration LOAD_LIMIT = Duration.ofSeconds(20);
    private static final Pattern MARKER = Pattern.compile("crash-[0-9a-f-]{36}");

    @TempDir
    Path logs;

    @Test
    void everyAcknowledgedCommandIsInTheLogExactlyOnceAndTheReadModelsAgreeAfterARestart() throws Exception {
        String database = TestPostgres.newDatabase();
        // A database on the tests' PostgreSQL, which outlives the killed JVM. One claim owner for both runs, as in a
        // container, where the service is pid 1 on the same host name again: the restart takes its processors' claims
        // at once instead of after the claim timeout (axon.eventhandling.tokenstore.claim-timeout).
        String[] settings = {"--throughline.embedded-postgres.enabled=false", "--spring.datasource.url=" + database,
                "--throughline.node-name=crash-test"};
        Crash crash = loadAndKill(settings);
        assertThat(crash.exitCode()).as("the exit code of a process ended by SIGKILL (128 + 9)").isEqualTo(137);
        List<Attempt> acknowledged = crash.ended(Outcome.ACKNOWLEDGED);
        assertThat(acknowledged).isNotEmpty();

        try (ServiceProcess second = ServiceProcess.launch(logs.resolve("second.log"), settings)) {
            double restartSeconds = second.awaitUp(START_LIMIT);
            long up = System.nanoTime();
            Map<String, List<String>> logged = eventsByMarker(database);
            List<Attempt> inFlight = crash.ended(Outcome.IN_FLIGHT);
            System.out.printf(Locale.ROOT, "crash: %d clients, killed after %.1f s of load (exit code %d); acknowledged "
                            + "%d (%s), lost %d, duplicated %d; in flight at the kill %d, of which in the log %d; not sent "
                            + "%d; refused %d; restart to UP %.1f s%n",
                    CLIENTS, crash.loadSeconds(), crash.exitCode(), acknowledged.size(), byKind(acknowledged),
                    acknowledged.stream().filter(attempt -> !logged.containsKey(marker(attempt))).count(),
                    logged.values().stream().filter(events -> events.size() > 1).count(), inFlight.size(),
                    inFlight.stream().filter(attempt -> logged.containsKey(marker(attempt))).count(),
                    crash.ended(Outcome.NOT_SENT).size(), crash.ended(Outcome.REFUSED).size(), restartSeconds);

            assertThat(acknowledged).allSatisfy(attempt -> assertThat(logged.get(marker(attempt)))
                    .as("the events of %s", attempt).containsExactly(attempt.aggregate() + "@" + attempt.version()));
            assertThat(logged.values()).as("no command in the log twice")
                    .allSatisfy(events -> assertThat(events).hasSize(1));
            assertThat(crash.ended(Outcome.REFUSED)).isEmpty();
            assertThat(crash.ended(Outcome.NOT_SENT)).allSatisfy(attempt ->
                    assertThat(logged).as("never sent, yet in the log").doesNotContainKey(marker(attempt)));
            assertThat(logged.keySet()).as("every marker in the log is one a client sent")
                    .isSubsetOf(crash.attempts().stream().map(CrashTest::marker).toList());

            Api admin = second.api();
            Api kira = admin.as("kira");
            inFlight.forEach(attempt -> assertThat(attempt.command().sendWith(kira).status() / 100)
                    .as("sent again after the restart: %s", attempt).isEqualTo(2));
            Map<String, List<String>> afterRetries = eventsByMarker(database);
            assertThat(inFlight).allSatisfy(attempt -> assertThat(afterRetries.get(marker(attempt)))
                    .as("in flight, then sent again with its key").hasSize(1));

            JsonNode consistency = consistentAfterCatchUp(admin, database);
            System.out.printf(Locale.ROOT, "crash: the %d commands in flight sent again, each in the log once; UP to "
                            + "consistent %.1f s (the check itself %d ms over %d events)%n", inFlight.size(),
                    (System.nanoTime() - up) / 1e9, consistency.get("durationMillis").asLong(),
                    consistency.get("processors").get(0).get("events").asLong());
        }
    }

    /** Every command sent, and how it ended; the seconds of load until the kill; the killed JVM's exit code. */
    private record Crash(List<Attempt> attempts, double loadSeconds, int exitCode) {

        List<Attempt> ended(Outcome outcome) {
            return attempts.stream().filter(attempt -> attempt.outcome() == outcome).toList();
        }
    }

    /** Starts the service, loads it until enough commands are acknowledged (or for 20 s) and kills it mid-load. */
    private Crash loadAndKill(String[] settings) throws Exception {
        ServiceProcess first = ServiceProcess.launch(logs.resolve("first.log"), settings);
        MixedLoad load;
        long loadStart;
        int exitCode;
        try {
            first.awaitUp(START_LIMIT);
            load = loadOn(first.api());
            loadStart = System.nanoTime();
            load.start(CLIENTS);
            while (load.acknowledged() < KILL_AFTER_ACKNOWLEDGED && System.nanoTime() - loadStart < LOAD_LIMIT.toNanos()) {
                Thread.sleep(10);
            }
        } finally {
            exitCode = first.kill();
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        List<Attempt> attempts = load.stop();
        assertThat(load.clientFailures()).isEmpty();
        return new Crash(attempts, loadSeconds, exitCode);
    }

    /** A company with five priorities and five weekly KPIs, and a load on them signed in as its lead. */
    private static MixedLoad loadOn(Api admin) {
        String team = admin.company("Crashed", "kira");
        Api kira = admin.as("kira");
        List<String> priorities = IntStream.range(0, 5).mapToObj(i -> kira.create("/api/priorities", Map.of("teamId",
                team, "quarter", "2026-Q4", "title", "Survive crash " + i, "ownerId", "kira"))).toList();
        List<String> metrics = IntStream.range(0, 5).mapToObj(i -> kira.create("/api/metrics", Map.of("teamId", team,
                "name", "Uptime " + i, "unit", "%", "target", 99, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY",
                "ownerId", "kira"))).toList();
        return new MixedLoad(kira, team, "kira", priorities, metrics);
    }

    /** Waits until every projection is live at the head of the log, then checks; answers the check's report. */
    private static JsonNode consistentAfterCatchUp(Api admin, String database) throws SQLException {
        long head;
        try (Connection connection = DriverManager.getConnection(database); Statement query = connection.createStatement();
             ResultSet max = query.executeQuery("select max(global_index) from domain_event_entry")) {
            max.next();
            head = max.getLong(1);
        }
        eventually(() -> assertThat(admin.get("/api/admin/projections").body()).allSatisfy(projection -> {
            assertThat(projection.get("status").asText()).isEqualTo("LIVE");
            assertThat(projection.get("position").asLong()).isEqualTo(head);
        }));
        JsonNode report = admin.get("/api/admin/consistency").body();
        assertThat(report.get("consistent").asBoolean()).as(report.toPrettyString()).isTrue();
        return report;
    }

    /** Each marker in the log, with the events that carry it as {@code aggregate@sequence}. */
    private static Map<String, List<String>> eventsByMarker(String database) throws SQLException {
        Map<String, List<String>> events = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(database); Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select aggregate_identifier, sequence_number, "
                     + "convert_from(payload, 'UTF8') from domain_event_entry")) {
            while (rows.next()) {
                Matcher markers = MARKER.matcher(rows.getString(3));
                while (markers.find()) {
                    events.computeIfAbsent(markers.group(), marker -> new ArrayList<>())
                            .add(rows.getString(1) + "@" + rows.getLong(2));
                }
            }
        }
        return events;
    }

    private static String marker(Attempt attempt) {
        return attempt.command().marker();
    }

    private static String byKind(List<Attempt> attempts) {
        return attempts.stream().collect(Collectors.groupingBy(attempt -> attempt.command().kind(), Collectors.counting()))
                .entrySet().stream().map(kind -> kind.getValue() + " " + kind.getKey())
                .collect(Collectors.joining(", "));
    }
}
