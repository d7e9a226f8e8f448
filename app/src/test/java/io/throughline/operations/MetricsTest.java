package io.throughline.operations;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ThroughlineIntegrationTest
@AutoConfigureObservability(tracing = false)
class MetricsTest {

    @LocalServerPort
    int port;

    @Test
    void dump() {
        Api admin = new Api(port);
        String team = admin.company("Metered Co", "mira");
        admin.as("mira").create("/api/priorities", Map.of("teamId", team, "quarter", "2026-Q4", "title", "Count",
                "ownerId", "mira"));
        Api.Response scrape = admin.get("/actuator/prometheus");
        System.out.println("SCRAPE " + scrape.status() + " " + scrape.contentType());
        System.out.println(scrape.body().asText());
        System.out.println("HEALTH " + admin.anonymous().get("/actuator/health/container").body());
    }
}
