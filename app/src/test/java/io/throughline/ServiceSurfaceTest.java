package io.throughline;

import io.throughline.kernel.Limits;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("/api/teams", List.of("get", "post"));
        expected.put("/api/teams/{teamId}", List.of("get", "patch"));
        expected.put("/api/teams/{teamId}/parent", List.of("post"));
        expected.put("/api/teams/{teamId}/lead", List.of("put"));
        expected.put("/api/teams/{teamId}/members", List.of("post"));
        expected.put("/api/teams/{teamId}/members/{personId}", List.of("delete"));
        expected.put("/api/teams/{teamId}/plan", List.of("get", "post", "put"));
        expected.put("/api/teams/{teamId}/dashboard", List.of("get"));
        expected.put("/api/teams/{teamId}/scorecard", List.of("get"));
        expected.put("/api/teams/{teamId}/assessments", List.of("get", "post"));
        expected.put("/api/priorities", List.of("post"));
        expected.put("/api/priorities/{priorityId}", List.of("get", "patch"));
        expected.put("/api/priorities/{priorityId}/history", List.of("get"));
        for (String action : List.of("owner", "status", "complete", "drop", "reinstate", "parent")) {
            expected.put("/api/priorities/{priorityId}/" + action, List.of("post"));
        }
        expected.put("/api/dashboard", List.of("get"));
        expected.put("/api/teams/{teamId}/plan/changes", List.of("get"));
        expected.put("/api/audit", List.of("get"));
        expected.put("/api/teams/{teamId}/huddles", List.of("get", "post"));
        expected.put("/api/teams/{teamId}/huddles/stuck/{itemId}/resolve", List.of("post"));
        expected.put("/api/audit/verify", List.of("get"));
        expected.put("/api/admin/projections", List.of("get"));
        expected.put("/api/admin/projections/{name}/replay", List.of("post"));
        expected.put("/api/admin/projections/{name}/release", List.of("post"));
        expected.put("/api/admin/consistency", List.of("get"));
        expected.put("/api/admin/projections/{name}/dead-letters", List.of("get"));
        expected.put("/api/admin/projections/{name}/dead-letters/retry", List.of("post"));
        expected.put("/api/metrics", List.of("post"));
        expected.put("/api/metrics/{metricId}", List.of("get", "patch"));
        expected.put("/api/metrics/{metricId}/values", List.of("post"));
        expected.put("/api/metrics/{metricId}/values/{period}", List.of("put"));
        expected.put("/api/metrics/{metricId}/owner", List.of("post"));
        expected.put("/api/metrics/{metricId}/retire", List.of("post"));
        expected.put("/api/admin/users", List.of("get", "post"));
        expected.put("/api/admin/users/{username}", List.of("get"));
        expected.put("/api/admin/users/{username}/disable", List.of("post"));
        expected.put("/api/admin/users/{username}/enable", List.of("post"));
        expected.put("/api/admin/users/{username}/roles/{role}", List.of("put", "delete"));
        expected.put("/api/admin/users/{username}/password", List.of("post"));
        expected.put("/api/me/tokens", List.of("get", "post"));
        expected.put("/api/me/tokens/{id}", List.of("delete"));
        expected.put("/api/teams/{teamId}/decisions", List.of("get", "post"));
        expected.put("/api/teams/{teamId}/decision-rights", List.of("get", "post", "put", "delete"));
        expected.put("/api/check-ins", List.of("get", "post"));
        expected.put("/api/check-ins/commitments", List.of("get"));
        expected.put("/api/check-ins/direct-reports", List.of("get"));
        expected.put("/api/check-ins/{checkInId}/commitments/{number}/complete", List.of("post"));
        expected.put("/api/check-ins/{checkInId}/commitments/{number}/drop", List.of("post"));

        expected.forEach((path, methods) -> methods.forEach(method -> {
            assertThat(paths.has(path)).as(path).isTrue();
            assertThat(paths.get(path).has(method)).as(method + " " + path).isTrue();
            assertThat(paths.get(path).get(method).get("summary").asText()).as("summary of " + method + " " + path)
                    .isNotBlank();
        }));
    }

    @Test
    void theApiDocumentSaysHowToSignIn() {
        var document = new Api(port).anonymous().get("/v3/api-docs").body();

        assertThat(document.get("components").get("securitySchemes").get("password").get("scheme").asText()).isEqualTo("basic");
        assertThat(document.get("components").get("securitySchemes").get("token").get("scheme").asText()).isEqualTo("bearer");
        assertThat(document.get("security")).hasSize(2);
    }

    @Test
    void theApiDocumentStatesTheLimits() {
        String description = new Api(port).anonymous().get("/v3/api-docs").body().get("info").get("description").asText();

        assertThat(description).contains("Limits:").contains("titles " + Limits.NAME_LENGTH).contains(Limits.LIST_SIZE + " entries");
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
