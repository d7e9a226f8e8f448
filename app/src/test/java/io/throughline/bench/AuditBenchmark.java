package io.throughline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.ThroughlineApplication;
import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.plan.PlanFramed;
import io.throughline.kernel.plan.PlanKey;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamRegistered;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The auditors' and administrators' reads over a long history: replaying the projections, verifying the hash chain,
 * the plan as of a past instant, a filtered audit page and the full CSV export. The history is appended straight to
 * the event store (a year of events on 10 teams × 100 priorities), then every measurement goes through HTTP.
 * <p>
 * Run with {@code bench/audit.sh [EVENTS_PER_PRIORITY]}; writes target/bench/audit.md and .json.
 */
public final class AuditBenchmark {

    private static final String PASSWORD = "bench-admin-password";
    private static final int TEAMS = 10;
    private static final int PRIORITIES_PER_TEAM = 100;
    private static final int SAMPLES = 50;
    private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Quarter QUARTER = new Quarter("2026-Q4");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventStore log;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final List<TeamId> teams = new ArrayList<>();

    private AuditBenchmark(ConfigurableApplicationContext context) {
        this.log = context.getBean(EventStore.class);
        this.base = "http://localhost:" + context.getBean(Environment.class).getProperty("local.server.port");
    }

    public static void main(String[] args) throws Exception {
        int eventsPerPriority = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path data = Files.createTempDirectory("throughline-bench-pg");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ThroughlineApplication.class)
                .run("--server.port=0", "--throughline.embedded-postgres.port=0",
                        "--throughline.embedded-postgres.data-directory=" + data, "--throughline.admin-password=" + PASSWORD,
                        "--logging.level.root=WARN")) {
            new AuditBenchmark(context).run(eventsPerPriority);
        }
        System.exit(0);
    }

    private void run(int eventsPerPriority) throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        long seedStart = System.nanoTime();
        long events = seed(eventsPerPriority);
        results.put("events", events);
        results.put("seedEventsPerSecond", events / seconds(seedStart));

        long catchUpStart = System.nanoTime();
        waitUntilLive(events);
        results.put("firstProjectionEventsPerSecond", events / seconds(catchUpStart));

        long replayStart = System.nanoTime();
        post("/api/admin/projections/dashboard/replay");
        post("/api/admin/projections/audit/replay");
        waitUntilLive(events);
        results.put("replayEventsPerSecond", events / seconds(replayStart));

        long verifyStart = System.nanoTime();
        JsonNode verification = get("/api/audit/verify");
        results.put("verifyEventsPerSecond", verification.get("verified").asLong() / seconds(verifyStart));
        results.put("verifyBrokenAt", verification.get("firstBrokenAt").isNull() ? null : verification.get("firstBrokenAt").asLong());

        results.put("asOfMillis", latencies(i -> "/api/teams/" + teams.get(i % TEAMS) + "/plan?quarter=" + QUARTER
                + "&asOf=2026-" + String.format("%02d", 1 + i % 12) + "-15T00:00:00Z"));
        results.put("auditPageMillis", latencies(i -> "/api/audit?size=50&teamId=" + teams.get(i % TEAMS)
                + "&type=PriorityStatusUpdated&page=" + (i % 5)));

        long exportStart = System.nanoTime();
        long[] exported = export();
        double exportSeconds = seconds(exportStart);
        results.put("csvRows", exported[0]);
        results.put("csvRowsPerSecond", exported[0] / exportSeconds);
        results.put("csvMegabytes", exported[1] / 1e6);

        StringBuilder report = new StringBuilder("# Auditing over a long history\n\n")
                .append(String.format(Locale.ROOT, "%,d events: %d teams × %d priorities × %d events, a year apart; "
                        + "2 cores, embedded PostgreSQL.%n%n", events, TEAMS, PRIORITIES_PER_TEAM, eventsPerPriority))
                .append("| Measure | Result |\n|---|---|\n");
        results.forEach((name, value) -> report.append("| ").append(name).append(" | ").append(format(value)).append(" |\n"));
        BenchReport.write("audit", report.toString(), results);
    }

    /** A year of history appended straight to the log, 1,000 events per append. */
    private long seed(int eventsPerPriority) {
        List<EventMessage<?>> batch = new ArrayList<>();
        long appended = 0;
        long spacing = Duration.ofDays(365).toMillis() / eventsPerPriority;
        for (int t = 0; t < TEAMS; t++) {
            TeamId team = new TeamId(UUID.randomUUID().toString());
            teams.add(team);
            batch.add(event("Team", team.value(), 0, new TeamRegistered(team, "Team " + t, null), YEAR_START));
            batch.add(event("Plan", PlanKey.of(team, QUARTER), 0,
                    new PlanFramed(team, QUARTER, null, "win", List.of("grow")), YEAR_START));
            for (int p = 0; p < PRIORITIES_PER_TEAM; p++) {
                PriorityId priority = new PriorityId(UUID.randomUUID().toString());
                batch.add(event("Priority", priority.value(), 0, new PriorityAssigned(priority, team, QUARTER,
                        "Priority " + p, new PersonId("owner" + p), null, null, null), YEAR_START));
                for (int e = 1; e < eventsPerPriority; e++) {
                    Instant at = YEAR_START.plusMillis(spacing * e + p);
                    Object payload = e % 10 == 0
                            ? new PriorityChanged(priority, new Change<>("Priority " + p + " v" + (e - 10), "Priority " + p + " v" + e), null, null, null)
                            : new PriorityStatusUpdated(priority, statusChange(e), "week " + e, e % 11);
                    batch.add(event("Priority", priority.value(), e, payload, at));
                }
                if (batch.size() >= 1_000) {
                    appended += flush(batch);
                }
            }
        }
        return appended + flush(batch);
    }

    private static Change<PriorityStatus> statusChange(int e) {
        PriorityStatus[] cycle = {PriorityStatus.ON_TRACK, PriorityStatus.AT_RISK};
        PriorityStatus before = e == 1 ? PriorityStatus.NOT_STARTED : cycle[(e - 1) % 2];
        return new Change<>(before, cycle[e % 2]);
    }

    private long flush(List<EventMessage<?>> batch) {
        log.publish(batch);
        int size = batch.size();
        batch.clear();
        return size;
    }

    private static EventMessage<?> event(String type, String aggregateId, long sequence, Object payload, Instant at) {
        return new GenericDomainEventMessage<>(type, aggregateId, sequence, payload,
                MetaData.with(AuditMetadata.ACTOR, "bench"), UUID.randomUUID().toString(), at);
    }

    private void waitUntilLive(long events) throws Exception {
        while (true) {
            JsonNode projections = get("/api/admin/projections");
            boolean live = true;
            for (JsonNode projection : projections) {
                live &= projection.get("status").asText().equals("LIVE") && projection.get("position").asLong() >= events;
            }
            if (live) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private Map<String, Double> latencies(java.util.function.IntFunction<String> path) throws Exception {
        double[] millis = new double[SAMPLES];
        for (int i = -10; i < SAMPLES; i++) {
            long start = System.nanoTime();
            get(path.apply(Math.abs(i)));
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return Map.of("p50", BenchReport.percentile(millis, 50), "p99", BenchReport.percentile(millis, 99));
    }

    /** Reads the whole export as it streams, counting rows and bytes without keeping them. */
    private long[] export() throws Exception {
        HttpResponse<InputStream> response = http.send(request("/api/audit").header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long rows = -1;
        long bytes = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[65_536];
            for (int read; (read = in.read(buffer)) > 0; ) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    rows += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        return new long[]{rows, bytes};
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private void post(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String format(Object value) {
        if (value instanceof Double number) {
            return String.format(Locale.ROOT, "%,.1f", number);
        }
        if (value instanceof Map<?, ?> map) {
            return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", map.get("p50"), map.get("p99"));
        }
        return String.valueOf(value);
    }
}
