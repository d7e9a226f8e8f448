package io.throughline.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.kernel.Change;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.support.Api;
import io.throughline.support.PageSession;
import io.throughline.support.ThroughlineIntegrationTest;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;
import java.util.Objects;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A processor with dead letters, or in ERROR, makes the health group the container's HEALTHCHECK asks
 * ({@code container}) fail, so that the container is flagged, while the overall health (which docker-compose's
 * depends_on waits on) and readiness still answer 200: the service serves. After the fix it is healthy again. The
 * projection that parks is DeadLetterTest's, with its dead-letter queue switched on as there; the one that stops
 * ({@code stuck}) fails its batch and retries, as the hash chain does (IntegrityProcessing).
 */
@ThroughlineIntegrationTest
@Import(DeadLetterTest.PoisonedProjectionConfiguration.class)
@TestPropertySource(properties = {
        "axon.eventhandling.processors.poisoned.mode=tracking",
        "axon.eventhandling.processors.poisoned.dlq.enabled=true",
        "axon.eventhandling.processors.poisoned.dlq.cache.enabled=true",
        "axon.eventhandling.processors.stuck.mode=tracking"})
class ProcessorHealthTest {

    @LocalServerPort
    int port;
    @Autowired
    DeadLetterTest.PoisonedProjection poisoned;
    @Autowired
    StuckProjection stuck;

    @Test
    void deadLettersFailTheContainersHealthCheckButNotReadinessOrTheOverallHealth() throws Exception {
        Api admin = new Api(port);
        Api anyone = admin.anonymous();
        eventually(() -> assertThat(anyone.get("/actuator/health/container").status()).isEqualTo(200));
        String team = admin.company("Unhealthy Co", "hugo");
        String priority = admin.as("hugo").create("/api/priorities", Map.of("teamId", team, "quarter", "2026-Q4",
                "title", "Fine", "ownerId", "hugo"));
        poisoned.chokeOn("Poison");

        assertThat(admin.as("hugo").send("PATCH", "/api/priorities/" + priority, Map.of("reason", "plans moved", "title", "Poison")).status())
                .isEqualTo(200);

        eventually(() -> {
            Api.Response container = anyone.get("/actuator/health/container");
            assertThat(container.status()).isEqualTo(503);
            assertThat(container.body().get("status").asText()).isEqualTo("DEGRADED");
            assertThat(container.body().at("/components/processors/status").asText()).isEqualTo("DEGRADED");
        });
        Api.Response overall = anyone.get("/actuator/health");
        assertThat(overall.status()).isEqualTo(200);
        assertThat(overall.body().get("status").asText()).isEqualTo("DEGRADED");
        assertThat(anyone.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(overall.body().at("/components/processors/details").isMissingNode())
                .as("which processor and why: for administrators").isTrue();
        JsonNode forAdmin = new ObjectMapper().readTree(PageSession.admin(port).get("/actuator/health").body());
        assertThat(forAdmin.at("/components/processors/details/poisoned/deadLetters").asLong()).isEqualTo(1);
        assertThat(forAdmin.at("/components/processors/details/dashboard/deadLetters").asLong()).isZero();

        poisoned.fixed();
        assertThat(admin.post("/api/admin/projections/poisoned/dead-letters/retry", "").body().get("remaining").asLong())
                .isZero();

        eventually(() -> assertThat(anyone.get("/actuator/health/container").status()).isEqualTo(200));
        assertThat(anyone.get("/actuator/health").body().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void aProcessorInErrorFailsTheContainersHealthCheckUntilItGetsThrough() {
        Api admin = new Api(port);
        Api anyone = admin.anonymous();
        eventually(() -> assertThat(anyone.get("/actuator/health/container").status()).isEqualTo(200));
        String team = admin.company("Stuck Co", "stella");
        String priority = admin.as("stella").create("/api/priorities", Map.of("teamId", team, "quarter", "2026-Q4",
                "title", "Fine", "ownerId", "stella"));
        stuck.chokeOn("Stuck");

        assertThat(admin.as("stella").send("PATCH", "/api/priorities/" + priority, Map.of("reason", "plans moved", "title", "Stuck")).status())
                .isEqualTo(200);

        eventually(() -> {
            Api.Response container = anyone.get("/actuator/health/container");
            assertThat(container.status()).isEqualTo(503);
            assertThat(container.body().at("/components/processors/status").asText()).isEqualTo("DEGRADED");
        });
        assertThat(anyone.get("/actuator/health").status()).isEqualTo(200);

        stuck.fixed();
        eventually(() -> assertThat(anyone.get("/actuator/health/container").status()).isEqualTo(200));
    }

    @TestConfiguration
    static class StuckProjectionConfiguration {

        @Bean
        StuckProjection stuckProjection() {
            return new StuckProjection();
        }

        @Bean
        ConfigurerModule stuckStopsAtAFailure() {
            return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                    "stuck", config -> PropagatingErrorHandler.instance());
        }
    }

    /** Throws on one title until fixed; its processor stops there and retries, so it is in ERROR meanwhile. */
    @ProcessingGroup("stuck")
    static class StuckProjection {

        private volatile String poison;

        @EventHandler
        void on(PriorityChanged event) {
            if (Objects.equals(Change.valueAfter(event.title(), null), poison)) {
                throw new IllegalStateException("cannot handle '" + poison + "'");
            }
        }

        void chokeOn(String title) {
            poison = title;
        }

        void fixed() {
            poison = null;
        }
    }
}
