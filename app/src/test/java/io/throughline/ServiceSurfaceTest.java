package io.throughline;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and API users find without reading the code: health, OpenAPI, Swagger UI. */
@ThroughlineIntegrationTest
class ServiceSurfaceTest {

    @LocalServerPort
    int port;

    @Test
    void healthIsUp() {
        Api.Response health = new Api(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void everyEndpointIsDocumentedInOpenApi() {
        var paths = new Api(port).get("/v3/api-docs").body().get("paths");

        assertThat(paths.get("/api/teams").has("post")).isTrue();
        assertThat(paths.get("/api/teams").has("get")).isTrue();
        assertThat(paths.get("/api/teams/{teamId}").has("get")).isTrue();
        assertThat(paths.get("/api/teams/{teamId}/dashboard").has("get")).isTrue();
        assertThat(paths.get("/api/priorities").has("post")).isTrue();
        assertThat(paths.get("/api/priorities/{priorityId}").has("get")).isTrue();
        assertThat(paths.get("/api/priorities/{priorityId}/history").has("get")).isTrue();
        assertThat(paths.get("/api/metrics").has("post")).isTrue();
        assertThat(paths.get("/api/metrics/{metricId}").has("get")).isTrue();
        assertThat(paths.get("/api/metrics/{metricId}/values").has("post")).isTrue();
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        var client = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
        var response = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/swagger-ui.html")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Swagger UI");
    }
}
