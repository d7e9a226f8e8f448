package io.throughline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.throughline.query.replay.ProjectionAdministration;
import io.throughline.query.replay.ProjectionStatus;
import io.throughline.support.Api;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The service under measurement as the sections on a long history see it: its beans, its HTTP API with an admin's
 * personal access token, its database, and its projections. For the service in a process of its own
 * ({@link ServiceAlone}) there are no beans: its projections are read and replayed through the admin API.
 */
final class BenchService {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The service's beans when it runs in this JVM; null for one in a process of its own. */
    final ConfigurableApplicationContext context;
    final int port;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private String authorization;

    BenchService(ConfigurableApplicationContext context) {
        this(context, Integer.parseInt(context.getBean(Environment.class).getProperty("local.server.port")),
                context.getBean(HikariDataSource.class));
    }

    /** The service listening on the port, in a process of its own, on the same database as this one. */
    BenchService onPort(int otherPort) {
        return new BenchService(null, otherPort, jdbcUrl, username, password);
    }

    private BenchService(ConfigurableApplicationContext context, int port, HikariDataSource dataSource) {
        this(context, port, dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
    }

    private BenchService(ConfigurableApplicationContext context, int port, String jdbcUrl, String username,
                         String password) {
        this.context = context;
        this.port = port;
        this.base = "http://localhost:" + port;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    /** Where its database is, as Spring's settings name it: for a second service on the same one. */
    List<String> datasourceSettings() {
        return List.of("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password);
    }

    /** The serializer the event store writes and reads events with: the service's configuration, not a copy of it. */
    Serializer eventSerializer() {
        return ((AbstractEventStorageEngine) context.getBean(EventStorageEngine.class)).getEventSerializer();
    }

    /** A connection of its own to the service's database, outside its pool. */
    Connection connect(String... urlParameters) throws SQLException {
        String url = jdbcUrl;
        for (String parameter : urlParameters) {
            url += (url.contains("?") ? "&" : "?") + parameter;
        }
        return DriverManager.getConnection(url, username, password);
    }

    // --- HTTP, as an admin with a personal access token --------------------------------------------------------------

    private String authorization() {
        if (authorization == null) {
            authorization = "Bearer " + new Api(port).post("/api/me/tokens", Map.of("name", "bench reads")).body()
                    .get("token").asText();
        }
        return authorization;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization());
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        return http.send(request, body);
    }

    /** The body of a GET that must answer 200. */
    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        return JSON.readTree(get(path));
    }

    /**
     * Milliseconds per GET, body read in full, one request at a time: {@code samples / 10} unmeasured requests first,
     * then {@code samples} measured ones; request i asks for {@code path.apply(i)}. Only answers of 200 count; the
     * others are counted as errors, the first one kept, so that a broken read side shows in the report.
     */
    Map<String, Object> latencies(int samples, IntFunction<String> path) throws IOException, InterruptedException {
        return latencies(samples, path, http, this::request);
    }

    /** {@link #latencies(int, IntFunction)} through another client (a signed-in browser's session, say). */
    Map<String, Object> latencies(int samples, IntFunction<String> path, HttpClient client,
                                  Function<String, HttpRequest.Builder> request) throws IOException, InterruptedException {
        for (int i = 0; i < Math.max(1, samples / 10); i++) {
            client.send(request.apply(path.apply(samples + i)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        double[] millis = new double[samples];
        int answered = 0;
        long errors = 0;
        String firstError = null;
        long bytes = 0;
        for (int i = 0; i < samples; i++) {
            String target = path.apply(i);
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request.apply(target).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() == 200) {
                millis[answered++] = elapsed;
                bytes += response.body().length();
            } else {
                errors++;
                if (firstError == null) {
                    firstError = "GET " + target + " " + response.statusCode() + ": " + response.body();
                }
            }
        }
        Map<String, Object> latencies = BenchReport.latencies(java.util.Arrays.copyOf(millis, answered));
        latencies.put("errors", errors);
        latencies.put("first_error", firstError);
        latencies.put("mean_response_chars", answered == 0 ? 0 : bytes / answered);
        return latencies;
    }

    // --- Projections ---------------------------------------------------------------------------------------------------

    List<ProjectionStatus> projections() {
        if (context != null) {
            return context.getBean(ProjectionAdministration.class).list();
        }
        try {
            return List.of(JSON.readValue(get("/api/admin/projections"), ProjectionStatus[].class));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not read the projections of the service on port " + port, e);
        }
    }

    /** The newest event's global sequence, or 0 when the log is empty. */
    long head() {
        return projections().stream().map(ProjectionStatus::head).filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue).max().orElse(0);
    }

    private StreamingEventProcessor processor(String name) {
        return context.getBean(EventProcessingConfiguration.class).eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + name));
    }

    void stopProjections() {
        projections().forEach(projection -> processor(projection.name()).shutDown());
    }

    void startProjections() {
        projections().forEach(projection -> processor(projection.name()).start());
    }

    /**
     * Waits until every projection is LIVE at or past the position, for at most the seconds given. Answers, per
     * projection, its status and position at the end and the seconds it took to reach the position (null if it did not).
     */
    Map<String, Map<String, Object>> awaitProjections(long position, double limitSeconds) throws InterruptedException {
        long start = System.nanoTime();
        Map<String, Long> initial = new LinkedHashMap<>();
        Map<String, Map<String, Object>> reached = new LinkedHashMap<>();
        double reported = 0;
        while (true) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            boolean all = true;
            for (ProjectionStatus projection : projections()) {
                Map<String, Object> state = reached.computeIfAbsent(projection.name(), name -> new LinkedHashMap<>());
                Long at = projection.position();
                Long first = initial.computeIfAbsent(projection.name(), name -> at == null ? -1 : at);
                state.put("status", projection.status());
                state.put("position", at);
                if (at != null && at > first && !state.containsKey("first_progress_s")) {
                    state.put("first_progress_s", elapsed);
                }
                boolean there = at != null && at >= position;
                if (there && !state.containsKey("seconds")) {
                    state.put("seconds", elapsed);
                }
                all &= there && projection.status().equals("LIVE");
            }
            if (all || elapsed > limitSeconds) {
                reached.values().forEach(state -> state.putIfAbsent("seconds", null));
                return reached;
            }
            if (elapsed - reported >= 30) {
                reported = elapsed;
                System.out.printf(java.util.Locale.ROOT, "bench: %.0f s, projections at %s of %d%n", elapsed,
                        reached.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue().get("position"))
                                .toList(), position);
            }
            Thread.sleep(50);
        }
    }
}
