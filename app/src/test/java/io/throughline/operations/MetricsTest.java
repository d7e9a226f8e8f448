package io.throughline.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.kernel.Change;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Prometheus scrapes and the Grafana dashboard shows: each streaming processor's lag in events and seconds, and
 * every metric the dashboard's queries name, in a real scrape of /actuator/prometheus after real commands, so that the
 * dashboard cannot rot. A test projection of its own ({@code held}) can be held on an event, to see a processor behind.
 */
@ThroughlineIntegrationTest
// Spring Boot's tests switch metrics export off unless asked; without it there is no /actuator/prometheus.
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = "axon.eventhandling.processors.held.mode=tracking")
class MetricsTest {

    private static final Path DASHBOARD = Path.of("..", "deploy", "grafana", "dashboards", "throughline.json");
    private static final Set<String> STREAMING_PROCESSORS = Set.of("audit", "dashboard", "insights", "integrity",
            "notices", "nudges", "held");

    @LocalServerPort
    int port;
    @Autowired
    HeldProjection held;

    @AfterEach
    void letGo() {
        held.release();
    }

    @Test
    void eachStreamingProcessorReportsItsLagWhichIsZeroOnceCaughtUp() {
        Api admin = new Api(port);
        String priority = aPriority(admin, "Lagging Co", "lena");

        eventually(() -> {
            String scrape = scrape(admin);
            assertThat(samples(scrape, "throughline_processor_lag_events")).as("lag in events")
                    .containsOnlyKeys(STREAMING_PROCESSORS).allSatisfy((processor, lag) -> assertThat(lag).isZero());
            assertThat(samples(scrape, "throughline_processor_lag_seconds")).as("lag in seconds")
                    .containsOnlyKeys(STREAMING_PROCESSORS).allSatisfy((processor, lag) -> assertThat(lag).isZero());
        });

        held.holdOn("Held back");
        retitle(admin.as("lena"), priority, "Held back");
        retitle(admin.as("lena"), priority, "And one more");
        String behind = eventually(() -> scrape(admin),
                scrape -> samples(scrape, "throughline_processor_lag_seconds").get("held") >= 1.0);
        System.out.println("A processor held on an event, the others caught up:\n" + processorLines(behind));
        assertThat(samples(behind, "throughline_processor_lag_events")).containsEntry("held", 2.0)
                .containsEntry("audit", 0.0).containsEntry("dashboard", 0.0).containsEntry("integrity", 0.0);
        assertThat(samples(behind, "throughline_processor_lag_seconds").get("held")).as("the held event's age")
                .isLessThan(30.0);

        held.release();
        String caughtUp = eventually(() -> scrape(admin),
                scrape -> samples(scrape, "throughline_processor_lag_events").get("held") == 0.0);
        System.out.println("Let go:\n" + processorLines(caughtUp));
        assertThat(samples(caughtUp, "throughline_processor_lag_seconds")).containsEntry("held", 0.0);
    }

    @Test
    void everyMetricTheDashboardQueriesIsScraped() throws IOException {
        Api admin = new Api(port);
        aPriority(admin, "Dashboard Co", "dora");

        Set<String> queried = metricsQueriedBy(new ObjectMapper().readTree(DASHBOARD.toFile()));
        assertThat(queried).as("the dashboard's queries were read")
                .contains("throughline_processor_lag_events", "throughline_processor_lag_seconds",
                        "throughline_processor_dead_letters", "throughline_processor_error",
                        "commandBus_successCounter_total", "hikaricp_connections_active");
        eventually(() -> {
            Set<String> scraped = metricNames(scrape(admin));
            assertThat(queried).allSatisfy(metric -> assertThat(scraped).as("scraped metrics").contains(metric));
        });
    }

    @Test
    void axonMeasuresTheBusesPerMessageTypeButNoProcessorPerEvent() {
        Api admin = new Api(port);
        aPriority(admin, "Buses Co", "bea");

        String scrape = eventually(() -> scrape(admin),
                current -> current.contains("commandBus_successCounter_total{payloadType=\"AssignPriority\""));
        Set<String> axon = new TreeSet<>(metricNames(scrape).stream()
                .filter(name -> name.matches("(commandBus|eventStore|queryBus|eventProcessor).*")).toList());
        System.out.println("Axon's metrics: " + axon);
        assertThat(axon).as("the event store's, and no per-event monitor of a processor (AxonMetrics)")
                .anyMatch(name -> name.startsWith("eventStore"))
                .noneMatch(name -> name.startsWith("eventProcessor"));
    }

    @Test
    void onlyAdministratorsMayScrape() {
        Api admin = new Api(port);

        assertThat(admin.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(admin.as("pete").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(admin.get("/actuator/prometheus").status()).isEqualTo(200);
    }

    private static String aPriority(Api admin, String company, String lead) {
        String team = admin.company(company, lead);
        return admin.as(lead).create("/api/priorities", Map.of("teamId", team, "quarter", "2026-Q4",
                "title", "Measured", "ownerId", lead));
    }

    private static void retitle(Api leader, String priority, String title) {
        assertThat(leader.send("PATCH", "/api/priorities/" + priority, Map.of("reason", "plans moved", "title", title)).status()).isEqualTo(200);
    }

    private static String scrape(Api admin) {
        Api.Response scrape = admin.get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        return scrape.body().asText();
    }

    /** The metric's value per processor tag. */
    private static Map<String, Double> samples(String scrape, String metric) {
        Map<String, Double> values = new TreeMap<>();
        Matcher sample = Pattern.compile("^" + metric + "\\{processor=\"([^\"]+)\"} (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        while (sample.find()) {
            values.put(sample.group(1), Double.valueOf(sample.group(2)));
        }
        return values;
    }

    private static String processorLines(String scrape) {
        return scrape.lines().filter(line -> line.startsWith("throughline_processor_lag"))
                .reduce("", (all, line) -> all + line + "\n");
    }

    private static Set<String> metricNames(String scrape) {
        Set<String> names = new TreeSet<>();
        scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }

    /**
     * The metric names in the dashboard's PromQL: each query without its strings, label matchers, ranges and
     * by/without lists; what is left that is no function (followed by a parenthesis) and no keyword is a metric.
     */
    private static Set<String> metricsQueriedBy(JsonNode dashboard) {
        Set<String> metrics = new TreeSet<>();
        Pattern identifier = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(?=\\s*(\\()?)");
        Set<String> keywords = Set.of("by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and",
                "or", "unless", "offset");
        for (JsonNode panel : dashboard.findValues("targets")) {
            for (JsonNode target : panel) {
                String query = target.get("expr").asText()
                        .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "")
                        .replaceAll("\\{[^}]*}", "")
                        .replaceAll("\\[[^]]*]", "")
                        .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");
                Matcher name = identifier.matcher(query);
                while (name.find()) {
                    if (name.group(1) == null && !keywords.contains(name.group())) {
                        metrics.add(name.group());
                    }
                }
            }
        }
        return metrics;
    }

    @TestConfiguration
    static class HeldProjectionConfiguration {

        @Bean
        HeldProjection heldProjection() {
            return new HeldProjection();
        }
    }

    /** Waits on the event with one title until let go, as a slow projection would: its processor falls behind. */
    @ProcessingGroup("held")
    static class HeldProjection {

        private volatile String title;
        private volatile CountDownLatch letGo = new CountDownLatch(0);

        @EventHandler
        void on(PriorityChanged event) throws InterruptedException {
            if (Objects.equals(Change.valueAfter(event.title(), null), title)) {
                letGo.await(30, TimeUnit.SECONDS);
            }
        }

        void holdOn(String title) {
            this.letGo = new CountDownLatch(1);
            this.title = title;
        }

        void release() {
            letGo.countDown();
        }
    }
}
