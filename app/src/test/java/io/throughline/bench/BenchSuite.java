package io.throughline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.throughline.ThroughlineApplication;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.support.Api;
import io.throughline.support.ServiceImage;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's figures for issue 10, each beside its baseline from the same run: start-up time to healthy, command
 * throughput and latency over HTTP against raw JDBC inserts into the same PostgreSQL, projection lag under that load;
 * then, on a long history seeded straight into the event log ({@link Dataset}), the rebuild of every projection
 * against a raw read of the same rows ({@link Replay}), query latency ({@link QueryLatency}), the auditors' reads
 * ({@link AuditReads}) and command latency by history size ({@link HistoryGrowth}); and peak memory. Writes run.md
 * and run.json.
 * <p>
 * {@code bench/run.sh [SECONDS] [CLIENTS] [--bench.NAME=VALUE ...]} runs it in a JVM of its own on the production
 * settings (default profile, embedded PostgreSQL with fsync and synchronous commit) at issue 10's sizes
 * ({@link BenchSizes#FULL}); {@code BenchSmokeTest} runs it for two seconds on a small history in the build so that
 * it cannot rot. A new measurement is a small class of its own called from {@link #longHistory} (or a method called
 * from {@link #measure}): it adds its figures to the JSON and its {@link BenchReport.Check}s to the summary.
 */
public final class BenchSuite {

    /** The company's lead, who owns the load's priorities and KPIs, and the seeded KPIs too (EventLogWriter.ACTOR). */
    static final String LEAD = "bench";
    private static final int PRIORITIES_PER_CLIENT = 2;
    private static final int METRICS_PER_CLIENT = 2;
    private static final LocalDate FIRST_WEEK = LocalDate.of(1990, 1, 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WARM_UP = "--bench.warm-up=";

    /**
     * How long and how hard to measure, where to write the report, the service's command line, the settings to try
     * (part of that command line, and given to the service alone too), and the sizes of the long history that replay,
     * query latency, audit reads and history growth work on.
     */
    record Options(int seconds, int warmUpSeconds, int clients, Path reportDirectory, List<String> serviceArguments,
                   List<String> trials, BenchSizes sizes) {
    }

    private final Options options;
    private final ConfigurableApplicationContext context;
    private final HttpClient http;
    private final int port;
    private final String base;
    private final HikariDataSource dataSource;
    private final List<BenchReport.Check> checks = new ArrayList<>();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final StringBuilder details = new StringBuilder();
    private Client[] clients;
    /** The service laid out as the image runs it, for start-up and for the service alone. */
    private ServiceImage image;
    private Client probe;
    private CpuMeter cpu;
    private String durability = "unknown";

    private BenchSuite(Options options, HttpClient http, ConfigurableApplicationContext context) {
        this.options = options;
        this.context = context;
        this.http = http;
        this.port = Integer.parseInt(context.getBean(Environment.class).getProperty("local.server.port"));
        this.base = "http://localhost:" + port;
        this.dataSource = context.getBean(HikariDataSource.class);
    }

    /**
     * Arguments: seconds of measured load (default 30), concurrent clients (default 32), then any settings for the
     * service to try a change against the production ones (such as {@code --spring.datasource.hikari.maximum-pool-size=40})
     * and any {@code --bench.NAME=VALUE} to change the sizes of the long history ({@link BenchSizes#parse}).
     */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        Path data = Files.createTempDirectory("throughline-bench-pg");
        List<String> service = new ArrayList<>(List.of("--server.port=0", "--throughline.embedded-postgres.port=0",
                "--throughline.embedded-postgres.data-directory=" + data,
                "--throughline.admin-password=" + Api.ADMIN_PASSWORD, "--logging.level.root=WARN"));
        List<String> settings = new ArrayList<>(Arrays.asList(args).subList(Math.min(2, args.length), args.length));
        List<String> trials = settings.stream().filter(setting -> !setting.startsWith("--bench.")).toList();
        service.addAll(trials);
        // The JIT compiles a request's code only after thousands of requests: the longer the warm-up, the nearer the
        // figures come to a service that has been running for a while.
        int warmUp = Math.min(10, Math.max(2, seconds / 3));
        for (String setting : List.copyOf(settings)) {
            if (setting.startsWith(WARM_UP)) {
                warmUp = Integer.parseInt(setting.substring(WARM_UP.length()));
                settings.remove(setting);
            }
        }
        try {
            run(new Options(seconds, warmUp, clients, Path.of("target", "bench"), service, trials,
                    BenchSizes.FULL.parse(settings)));
        } finally {
            // A full run leaves some gigabytes of database behind: a few runs would fill /tmp.
            FileSystemUtils.deleteRecursively(data);
        }
        System.exit(0);
    }

    /** Starts the service, measures, writes the report and returns its JSON content. */
    static Map<String, Object> run(Options options) throws Exception {
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ThroughlineApplication.class)
                .run(options.serviceArguments().toArray(String[]::new))) {
            return run(options, context, start);
        }
    }

    /**
     * Measures a service already running in this JVM (the smoke test's, so that the build starts no service of its
     * own for it): start-up is then only the wait for healthy. The service arguments of the options are not used.
     */
    static Map<String, Object> run(Options options, ConfigurableApplicationContext context) throws Exception {
        return run(options, context, System.nanoTime());
    }

    private static Map<String, Object> run(Options options, ConfigurableApplicationContext context, long start)
            throws Exception {
        BenchSuite suite = new BenchSuite(options, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
                context);
        suite.awaitHealthy();
        suite.measure(start);
        return suite.results;
    }

    private void measure(long start) throws Exception {
        startUp(start);
        setUp();
        commandsAndProjectionLag();
        rawJdbcBaseline();
        commandCeilings();
        peakBeforeLongHistory = ServiceAlone.megabytes("self", "VmHWM");
        Dataset dataset = longHistory();
        Map<String, Object> combined = memory();
        serviceAlone(dataset, combined);
        write();
    }

    // --- 6. Start-up ------------------------------------------------------------------------------------------------

    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (health.statusCode() == 200 && JSON.readTree(health.body()).path("status").asText().equals("UP")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the service did not report UP within 2 minutes");
    }

    /**
     * The check counts a restart in a JVM of its own ({@link StartUp}); the first start and this JVM's own start (which
     * also loads the load generator and the test classpath) are reported beside it.
     */
    private void startUp(long start) throws Exception {
        image = ServiceImage.build(Files.createTempDirectory("throughline-bench-image"));
        Map<String, Object> startup = new LinkedHashMap<>(StartUp.measure(image));
        startup.put("in_the_bench_jvm_s", (System.nanoTime() - start) / 1e9);
        results.put("startup", startup);
        double restart = (double) startup.get("restart_s");
        checks.add(new BenchReport.Check("Start-up to healthy (own JVM, the Dockerfile's options)", String.format(Locale.ROOT,
                "restart %.1f s; first start on an empty data directory (initdb, migrations) %.1f s", restart,
                startup.get("first_start_s")), "—", "—", "< 10 s", restart < 10));
    }

    // --- Set-up: an organisation, a lead, one token per client ------------------------------------------------------

    /** Each client its own token, priorities and metrics, so that no two clients ever write the same aggregate. */
    private void setUp() throws Exception {
        try (Connection connection = connect(); var statement = connection.createStatement();
             ResultSet row = statement.executeQuery("show data_directory")) {
            row.next();
            cpu = new CpuMeter(Path.of(row.getString(1)));
        }
        Api admin = new Api(port);
        String company = admin.company("Bench Co", LEAD);
        Api lead = admin.as(LEAD);
        clients = new Client[options.clients()];
        for (int c = 0; c < clients.length; c++) {
            clients[c] = client(lead, company, "client " + c);
        }
        probe = client(lead, company, "lag probe");
    }

    private static Client client(Api lead, String company, String name) {
        String token = lead.post("/api/me/tokens", Map.of("name", name)).body().get("token").asText();
        Api api = lead.withToken(token);
        String[] priorities = new String[PRIORITIES_PER_CLIENT];
        for (int p = 0; p < priorities.length; p++) {
            priorities[p] = api.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                    "title", name + " priority " + p, "ownerId", LEAD));
        }
        String[] metrics = new String[METRICS_PER_CLIENT];
        for (int m = 0; m < metrics.length; m++) {
            metrics[m] = api.create("/api/metrics", Map.of("teamId", company, "name", name + " metric " + m,
                    "unit", "count", "target", 100, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", LEAD));
        }
        return new Client("Bearer " + token, priorities, metrics);
    }

    // --- 1. Command throughput, and 3. projection lag under that load ---------------------------------------------

    private void commandsAndProjectionLag() throws Exception {
        Load.Task command = c -> command(base, c);
        if (options.warmUpSeconds() > 0) {
            Load.run(clients.length, options.warmUpSeconds(), 2, command);
        }
        LagProbe lag = new LagProbe();
        Thread prober = new Thread(lag, "lag-probe");
        prober.start();
        CpuMeter.Reading before = cpu.read();
        Load.Result load = Load.run(clients.length, options.seconds(), 2, command);
        CpuMeter.Reading after = cpu.read();
        lag.stop = true;
        prober.join();

        Map<String, Object> drained = drainDashboard();

        Map<String, Object> service = load.summary();
        service.put("cpu_per_command", after.perOperation(before, load.completed()));
        Map<String, Object> status = BenchReport.latencies(load.latencies(0));
        Map<String, Object> metric = BenchReport.latencies(load.latencies(1));
        service.put("UpdatePriorityStatus", status);
        service.put("RecordMetric", metric);
        results.put("commands", service);
        Map<String, Object> lags = BenchReport.latencies(lag.millis());
        lags.put("timeouts", lag.timeouts.get());
        double[] behind = lag.behind.stream().mapToDouble(Double::doubleValue).toArray();
        lags.put("dashboard_events_behind_head", behind.length == 0 ? Map.of() : Map.of(
                "p50", BenchReport.percentile(behind, 50), "max", Arrays.stream(behind).max().orElse(0)));
        lags.put("statuses_seen", lag.statuses);
        lags.put("after_the_load", drained);
        lags.put("first_error", lag.error.get());
        results.put("projection_lag", lags);
        checks.add(new BenchReport.Check("Projection lag under load (ack → priority_view)",
                BenchReport.describe(lags) + (lags.containsKey("max_ms") ? String.format(Locale.ROOT, ", max %.1f ms",
                        lags.get("max_ms")) : "") + String.format(Locale.ROOT, " (%s samples, %d timed out); at the end of "
                        + "the load the dashboard was %s events behind, at the head %.1f s later", lags.get("count"),
                        lag.timeouts.get(), drained.get("events_behind"), drained.get("seconds_to_head")),
                "—", "—", "p99 < 100 ms",
                lag.millis().length > 0 && lag.timeouts.get() == 0 && (double) lags.get("p99_ms") < 100));
    }

    /**
     * Even requests report a status on one of the client's priorities, odd ones record the next week of a metric; to
     * the service at the base URL (this JVM's, or the service alone's).
     */
    private int command(String service, int c) throws Exception {
        Client client = clients[c];
        long n = client.sent++;
        long round = n / 2;
        if (n % 2 == 0) {
            String priority = client.priorities[(int) (round % client.priorities.length)];
            // Each priority's reports alternate, so that every one is a change.
            String status = (round / client.priorities.length) % 2 == 0 ? "AT_RISK" : "ON_TRACK";
            return post(client, service + "/api/priorities/" + priority + "/status",
                    "{\"status\":\"" + status + "\",\"comment\":\"bench " + n + "\"}", 200) == null ? -1 : 0;
        }
        String metric = client.metrics[(int) (round % client.metrics.length)];
        String period = Period.of(Cadence.WEEKLY, FIRST_WEEK.plusWeeks(round / client.metrics.length)).value();
        return post(client, service + "/api/metrics/" + metric + "/values",
                "{\"period\":\"" + period + "\",\"value\":" + (n % 1000) + "}", 201) == null ? -1 : 1;
    }

    /** The response body if the status is the one expected; otherwise null, the first such answer kept for the report. */
    private String post(Client client, String url, String json, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", client.authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            Load.FIRST_ERROR.compareAndSet(null, "POST " + url + " " + response.statusCode() + ": " + response.body());
            return null;
        }
        return response.body();
    }

    /**
     * One more client beside the load: it reports a status on a priority of its own, then polls the dashboard's read
     * model (priority_view, over a connection of its own) every 2 ms until the acknowledged version shows.
     */
    private final class LagProbe implements Runnable {

        private final List<Double> lags = new ArrayList<>();
        /** After each sample: how many events the dashboard's processor had yet to handle (head − position). */
        private final List<Double> behind = new ArrayList<>();
        private final AtomicLong timeouts = new AtomicLong();
        private final AtomicReference<String> error = new AtomicReference<>();
        private volatile boolean stop;

        @Override
        public void run() {
            try (Connection connection = connect(); PreparedStatement version = connection.prepareStatement(
                    "select version from priority_view where priority_id = ?")) {
                version.setString(1, probe.priorities[0]);
                while (!stop) {
                    long n = probe.sent++;
                    String body = post(probe, base + "/api/priorities/" + probe.priorities[0] + "/status",
                            "{\"status\":\"" + (n % 2 == 0 ? "AT_RISK" : "ON_TRACK") + "\",\"comment\":\"probe\"}", 200);
                    long acknowledged = System.nanoTime();
                    if (body == null) {
                        error.compareAndSet(null, Load.FIRST_ERROR.get());
                        return;
                    }
                    long expected = JSON.readTree(body).get("version").asLong();
                    while (read(version) < expected) {
                        if (System.nanoTime() - acknowledged > 10_000_000_000L) {
                            timeouts.incrementAndGet();
                            break;
                        }
                        Thread.sleep(2);
                    }
                    lags.add((System.nanoTime() - acknowledged) / 1e6);
                    behind.add(dashboardBehind());
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                error.compareAndSet(null, e.toString());
            }
        }

        private long read(PreparedStatement version) throws SQLException {
            try (ResultSet row = version.executeQuery()) {
                return row.next() ? row.getLong(1) : -1;
            }
        }

        private final java.util.Set<String> statuses = new java.util.TreeSet<>();

        private double dashboardBehind() {
            var dashboard = dashboard();
            statuses.add(dashboard.path("status").asText());
            return dashboard.path("head").asLong() - dashboard.path("position").asLong();
        }

        double[] millis() {
            return lags.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    private com.fasterxml.jackson.databind.JsonNode dashboard() {
        for (var projection : new Api(port).get("/api/admin/projections").body()) {
            if (projection.path("name").asText().equals("dashboard")) {
                return projection;
            }
        }
        throw new IllegalStateException("no dashboard projection");
    }

    /** Once the load stops: how long the dashboard takes to reach the head of the log, and how many events that was. */
    private Map<String, Object> drainDashboard() throws InterruptedException {
        long start = System.nanoTime();
        var dashboard = dashboard();
        long behind = dashboard.path("head").asLong() - dashboard.path("position").asLong();
        while (dashboard.path("position").asLong() < dashboard.path("head").asLong()
                && System.nanoTime() - start < 60_000_000_000L) {
            Thread.sleep(50);
            dashboard = dashboard();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> drained = new LinkedHashMap<>();
        drained.put("events_behind", behind);
        drained.put("seconds_to_head", seconds);
        drained.put("reached_head", dashboard.path("position").asLong() >= dashboard.path("head").asLong());
        drained.put("status", dashboard.path("status").asText());
        return drained;
    }

    // --- 1. Baseline: raw JDBC durable single-row inserts -----------------------------------------------------------

    /**
     * The same number of clients, each on a connection of its own, inserting one row per autocommitted transaction
     * into a plain table of the same PostgreSQL (fsync and synchronous commit on, as for the events). A row is as large
     * as an average domain_event_entry row of this run.
     */
    private void rawJdbcBaseline() throws Exception {
        int rowBytes;
        try (Connection connection = connect(); var statement = connection.createStatement()) {
            statement.execute("create table if not exists bench_raw_insert (id bigserial primary key, body bytea not null)");
            try (ResultSet row = statement.executeQuery(
                    "select coalesce(avg(pg_column_size(e.*)), 0)::int from domain_event_entry e")) {
                row.next();
                rowBytes = row.getInt(1);
            }
            try (ResultSet row = statement.executeQuery("select current_setting('fsync'), "
                    + "current_setting('synchronous_commit'), current_setting('server_version')")) {
                row.next();
                durability = "fsync " + row.getString(1) + ", synchronous_commit " + row.getString(2)
                        + ", PostgreSQL " + row.getString(3);
            }
        }
        // pg_column_size of a whole row counts its header (24 bytes), the id (8) and the bytea's length word (4).
        int bodyBytes = Math.max(1, rowBytes - 36);
        Connection[] connections = new Connection[clients.length];
        PreparedStatement[] inserts = new PreparedStatement[clients.length];
        byte[][] bodies = new byte[clients.length][bodyBytes];
        for (int c = 0; c < clients.length; c++) {
            connections[c] = connect();
            inserts[c] = connections[c].prepareStatement("insert into bench_raw_insert (body) values (?)");
            new Random(c).nextBytes(bodies[c]);
        }
        try {
            Load.Task insert = c -> {
                inserts[c].setBytes(1, bodies[c]);
                inserts[c].executeUpdate();
                return 0;
            };
            Map<String, Object> baseline = measured(insert, "cpu_per_insert");
            baseline.put("row_bytes", rowBytes);
            baseline.put("postgresql", durability);
            results.put("raw_jdbc_baseline", baseline);
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> service = (Map<String, Object>) results.get("commands");
        @SuppressWarnings("unchecked")
        Map<String, Object> baseline = (Map<String, Object>) results.get("raw_jdbc_baseline");
        double ratio = (double) service.get("per_second") / (double) baseline.get("per_second");
        service.put("ratio_to_raw_jdbc", ratio);
        checks.add(new BenchReport.Check(String.format(Locale.ROOT, "Command throughput, %d clients", clients.length),
                String.format(Locale.ROOT, "%,.0f commands/s (%d errors); CPU per command: %s",
                        service.get("per_second"), service.get("errors"), cpuCost(service.get("cpu_per_command"))),
                String.format(Locale.ROOT, "%,.0f inserts/s of %d-byte rows; CPU per insert: %s",
                        baseline.get("per_second"), rowBytes, cpuCost(baseline.get("cpu_per_insert"))),
                String.format(Locale.ROOT, "%.2f", ratio), "≥ 0.5", ratio >= 0.5 && (long) service.get("errors") == 0));
        @SuppressWarnings("unchecked")
        Map<String, Object> serviceLatency = (Map<String, Object>) service.get("latency");
        @SuppressWarnings("unchecked")
        Map<String, Object> baselineLatency = (Map<String, Object>) baseline.get("latency");
        checks.add(new BenchReport.Check("Command latency under that load", BenchReport.describe(serviceLatency),
                BenchReport.describe(baselineLatency), "—", "p99 < 25 ms",
                serviceLatency.containsKey("p99_ms") && (double) serviceLatency.get("p99_ms") < 25));
    }

    // --- 1. The commands' ceilings: what the layers in front of the event log cost alone ---------------------------

    /**
     * The load's clients, tokens and priorities again, with status reports refused before anything is appended: once
     * at their first field (an unknown status, refused by the JSON reader: Tomcat, Spring Security's token check,
     * Spring MVC and Jackson, no command sent), once by the aggregate (a confidence of 11: all of that and Axon's
     * dispatch, the interceptors, the cached aggregate and its handler, but no event and so no projection work).
     * Commands cannot go faster than either. A refusal also records an exception's stack trace, which a command that
     * succeeds does not, so the two are a little below the true ceilings.
     */
    private void commandCeilings() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> baseline = (Map<String, Object>) results.get("raw_jdbc_baseline");
        double inserts = (double) baseline.get("per_second");
        Map<String, Object> ceilings = new LinkedHashMap<>();
        ceilings.put("refused_at_first_field", ceiling("at its first field, no command sent",
                "{\"status\":\"NO_SUCH_STATUS\"}", inserts));
        ceilings.put("refused_by_the_aggregate", ceiling("by the aggregate, no event appended",
                "{\"status\":\"ON_TRACK\",\"confidence\":11}", inserts));
        results.put("command_ceilings", ceilings);
    }

    private Map<String, Object> ceiling(String where, String body, double inserts) throws Exception {
        Load.Task refused = c -> post(clients[c], base + "/api/priorities/" + clients[c].priorities[0] + "/status",
                body, 400) == null ? -1 : 0;
        Map<String, Object> ceiling = measured(refused, "cpu_per_request");
        double ratio = (double) ceiling.get("per_second") / inserts;
        ceiling.put("ratio_to_raw_jdbc", ratio);
        @SuppressWarnings("unchecked")
        Map<String, Object> latency = (Map<String, Object>) ceiling.get("latency");
        checks.add(new BenchReport.Check("Ceiling of commands: a status report refused " + where,
                String.format(Locale.ROOT, "%,.0f requests/s (%d errors), %s; CPU per request: %s",
                        ceiling.get("per_second"), ceiling.get("errors"), BenchReport.describe(latency),
                        cpuCost(ceiling.get("cpu_per_request"))),
                String.format(Locale.ROOT, "%,.0f inserts/s", inserts), String.format(Locale.ROOT, "%.2f", ratio),
                "≥ 0.1 leaves the commands' target within reach", ratio >= 0.1 && (long) ceiling.get("errors") == 0));
        return ceiling;
    }

    /** One kind of request from every client: a warm-up, then the measured seconds with their CPU time per request. */
    private Map<String, Object> measured(Load.Task task, String cpuName) throws Exception {
        if (options.warmUpSeconds() > 0) {
            Load.run(clients.length, options.warmUpSeconds(), 1, task);
        }
        CpuMeter.Reading before = cpu.read();
        Load.Result load = Load.run(clients.length, options.seconds(), 1, task);
        CpuMeter.Reading after = cpu.read();
        Map<String, Object> summary = load.summary();
        summary.put(cpuName, after.perOperation(before, load.completed()));
        return summary;
    }

    private static String cpuCost(Object perOperation) {
        @SuppressWarnings("unchecked")
        Map<String, Object> cost = (Map<String, Object>) perOperation;
        return String.format(Locale.ROOT, "JVM %.2f ms, PostgreSQL %.2f ms", cost.get("jvm_cpu_ms"), cost.get("postgres_cpu_ms"));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
    }

    // --- 4. Replay, 5. query latency, audit reads and 2. history growth, on a long history ------------------------

    private Dataset longHistory() throws Exception {
        return LongHistory.measure(new BenchService(context), options.sizes(),
                new BenchReport.Findings(checks, results, details));
    }

    // --- 6. Peak memory ---------------------------------------------------------------------------------------------

    /**
     * This JVM's peak resident set (VmHWM) after the long history, for context: it also holds the load generator, the
     * seeding and the tests' class path. PostgreSQL's own processes are not in it.
     */
    private Map<String, Object> memory() {
        double peak = ServiceAlone.megabytes("self", "VmHWM");
        // How much of the heap is live, against how far it was let grow: the Dockerfile's ceiling (-Xmx) bounds it.
        System.gc();
        java.lang.management.MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("peak_rss_mb", peak);
        memory.put("rss_at_end_mb", ServiceAlone.megabytes("self", "VmRSS"));
        memory.put("peak_rss_before_long_history_mb", peakBeforeLongHistory);
        memory.put("heap_used_after_full_gc_at_end_mb", heap.getUsed() / 1048576.0);
        memory.put("heap_committed_at_end_mb", heap.getCommitted() / 1048576.0);
        memory.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
        results.put("memory", memory);
        return memory;
    }

    private double peakBeforeLongHistory;

    /** The check that counts: the peak of the service alone (ServiceAlone), with this JVM's beside it. */
    private void serviceAlone(Dataset dataset, Map<String, Object> combined) throws Exception {
        Map<String, Object> alone = ServiceAlone.measure(image, options, new BenchService(context), cpu, dataset,
                service -> c -> command(service, c), new BenchReport.Findings(checks, results, details));
        double peak = (double) alone.get("peak_rss_mb");
        checks.add(new BenchReport.Check("Peak RSS of the service alone (its own JVM as the image starts it, the "
                + "Dockerfile's options) through the run's load, a rebuild, the reads and the audit reads",
                String.format(Locale.ROOT, "%.0f MB (%s); the bench's JVM (service, load generator, seeding, tests' "
                                + "class path): %.0f MB with a heap of at most %.0f MB, %.0f MB before the long history",
                        peak, ServiceAlone.peakPhase(alone), combined.get("peak_rss_mb"), combined.get("max_heap_mb"),
                        combined.get("peak_rss_before_long_history_mb")),
                "—", "—", String.format(Locale.ROOT, "< %.0f MB", ServiceAlone.TARGET_MB),
                peak > 0 && peak < ServiceAlone.TARGET_MB));
    }

    // --- The report -------------------------------------------------------------------------------------------------

    private void write() throws IOException {
        results.put("settings", Map.of("seconds", options.seconds(), "warm_up_seconds", options.warmUpSeconds(),
                "clients", options.clients(), "cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "service_arguments", options.serviceArguments(),
                "sizes", options.sizes().asJson(),
                "load_average_at_end", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        results.put("checks", checks.stream().map(BenchReport.Check::asJson).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> commands = (Map<String, Object>) results.get("commands");
        String markdown = "# Throughline benchmark\n\n"
                + String.format(Locale.ROOT, "%d clients, %d s measured after %d s of warm-up, %d cores, Java %s, "
                        + "%.0f MB max heap; the service in this JVM, its database: %s.%n%n",
                options.clients(), options.seconds(), options.warmUpSeconds(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1048576.0, durability)
                + String.format(Locale.ROOT, "Service arguments: `%s`. Load average at the end: %.1f (other work on "
                        + "the machine slows both sides alike).%n%n", String.join(" ", options.serviceArguments()),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + BenchReport.table(checks)
                + "\n## Commands over HTTP, by command\n\n| Command | Acknowledged | Latency |\n|---|---:|---|\n"
                + row("UpdatePriorityStatus", commands) + row("RecordMetric", commands)
                + "\nEach client sends its own priorities' status reports and its own metrics' weekly values, alternately, "
                + "with a personal access token; a lag probe reports a status once every ~20 ms beside them.\n"
                + cpuByThread(commands)
                + details;
        BenchReport.write(options.reportDirectory(), "run", markdown, results);
    }

    /** Where a command's CPU time goes in the JVM, by kind of thread (request threads, each processor, the JIT and GC). */
    @SuppressWarnings("unchecked")
    private static String cpuByThread(Map<String, Object> commands) {
        Map<String, Double> byThread = (Map<String, Double>) ((Map<String, Object>) commands.get("cpu_per_command"))
                .get("jvm_cpu_ms_by_thread");
        StringBuilder table = new StringBuilder("\n## CPU per command, by kind of JVM thread\n\n| Threads | ms |\n|---|---:|\n");
        byThread.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(kind -> table.append(String.format(Locale.ROOT, "| %s | %.2f |%n", kind.getKey(), kind.getValue())));
        return table.toString();
    }

    private static String row(String command, Map<String, Object> commands) {
        @SuppressWarnings("unchecked")
        Map<String, Object> latency = (Map<String, Object>) commands.get(command);
        return "| " + command + " | " + latency.get("count") + " | " + BenchReport.describe(latency) + " |\n";
    }

    /** A client of the load: its token and the aggregates only it writes to. */
    private static final class Client {

        final String authorization;
        final String[] priorities;
        final String[] metrics;
        long sent;

        Client(String authorization, String[] priorities, String[] metrics) {
            this.authorization = authorization;
            this.priorities = priorities;
            this.metrics = metrics;
        }
    }
}
