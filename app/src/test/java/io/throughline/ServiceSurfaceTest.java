package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.kernel.Limits;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** What operators and API users find without reading the code: health, OpenAPI, Swagger UI. */
@ThroughlineIntegrationTest
class ServiceSurfaceTest {

    /** The API contract clients build on: linted in .ci/run, the source of GeneratedClientTest's client. */
    static final Path CONTRACT = Path.of("..", "docs", "openapi.json");
    /** Where the document served is written when it differs from the contract, to review and commit. */
    static final Path SERVED = Path.of("target", "openapi.json");

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
    void theApiDocumentIsTheCommittedContract() throws IOException {
        JsonNode served = new Api(port).anonymous().get("/v3/api-docs").body();
        JsonNode committed = Files.exists(CONTRACT) ? new ObjectMapper().readTree(CONTRACT.toFile()) : null;

        if (!served.equals(committed)) {
            Files.writeString(SERVED, served.toPrettyString() + "\n");
        }
        assertThat(served.equals(committed)).as("the document served differs from " + CONTRACT.normalize() + ": if the "
                + "change to the API is meant, review app/" + SERVED + " and copy it there").isTrue();
    }

    @Test
    void theApiDocumentHasAVersionALicenceAndARelativeServer() {
        var document = new Api(port).anonymous().get("/v3/api-docs").body();

        assertThat(document.get("info").get("version").asText()).as("the build's").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(document.get("info").get("license").get("name").asText()).isEqualTo("Proprietary");
        assertThat(document.get("servers").findValuesAsText("url")).containsExactly("/");
    }

    @Test
    void everyOperationDocumentsItsRefusalsAsProblemDetails() {
        var document = new Api(port).anonymous().get("/v3/api-docs").body();

        var problem = document.get("components").get("schemas").get("ProblemDetail").get("properties");
        assertThat(problem.fieldNames()).toIterable()
                .contains("type", "title", "status", "detail", "instance", "field", "rule", "currentVersion");
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            var refusals = operation.getValue().get("responses").properties().stream()
                    .filter(response -> response.getKey().startsWith("4")).map(Map.Entry::getValue).toList();
            assertThat(refusals).as(operation.getKey() + " " + path.getKey()).isNotEmpty().allSatisfy(refusal ->
                    assertThat(refusal.at("/content/application~1problem+json/schema/$ref").asText())
                            .isEqualTo("#/components/schemas/ProblemDetail"));
        }));
        var frame = document.at("/paths/~1api~1teams~1{teamId}~1plan/post/responses");
        assertThat(frame.fieldNames()).toIterable().contains("400", "401", "404", "413", "4XX");
        // As documented: even a caller who is not signed in is answered with a problem.
        Api.Response anonymous = new Api(port).anonymous().get("/api/teams");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.body().fieldNames()).toIterable().contains("type", "title", "status");
    }

    @Test
    void theRequestSchemasStateTheLimitsTheServiceEnforces() {
        Api api = new Api(port);
        var schemas = api.anonymous().get("/v3/api-docs").body().get("components").get("schemas");

        var team = schemas.get("RegisterTeamRequest").get("properties");
        int nameLength = team.get("name").get("maxLength").asInt();
        assertThat(nameLength).isEqualTo(Limits.NAME_LENGTH);
        assertThat(team.get("name").get("pattern").asText()).isEqualTo(Limits.TEXT_PATTERN);
        assertThat(team.get("parentTeamId").get("maxLength").asInt()).isEqualTo(Limits.ID_LENGTH);
        var plan = schemas.get("FrameRequest").get("properties");
        assertThat(plan.get("quarter").get("pattern").asText()).isEqualTo("^((\\d{4})-Q([1-4]))$");
        assertThat(plan.get("annualGoals").get("maxItems").asInt()).isEqualTo(Limits.LIST_SIZE);
        assertThat(plan.get("annualGoals").get("items").get("maxLength").asInt()).isEqualTo(Limits.TEXT_LENGTH);
        var value = schemas.get("RecordMetricRequest").get("properties").get("value");
        assertThat(value.get("exclusiveMaximum").decimalValue()).isEqualByComparingTo(Limits.NUMBER_BOUND);
        assertThat(value.get("exclusiveMinimum").decimalValue()).isEqualByComparingTo(Limits.NUMBER_BOUND.negate());
        var comment = schemas.get("PriorityUpdate").get("properties").get("comment");
        assertThat(comment.get("maxLength").asInt()).as("however deep").isEqualTo(Limits.TEXT_LENGTH);

        // What the document states is what the service holds a request to.
        assertThat(api.post("/api/teams", Map.of("name", "n".repeat(nameLength))).status()).isEqualTo(201);
        Api.Response tooLong = api.post("/api/teams", Map.of("name", "n".repeat(nameLength + 1)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("field").asText()).isEqualTo("name");
    }

    @Test
    void thePlanAnswersNameTheirShapeAsTheDocumentSays() {
        Api api = new Api(port);
        var answer = api.anonymous().get("/v3/api-docs").body()
                .at("/paths/~1api~1teams~1{teamId}~1plan/get/responses/200/content/application~1json/schema");
        assertThat(answer.at("/discriminator/propertyName").asText()).isEqualTo("kind");
        assertThat(answer.at("/discriminator/mapping/PlanAsOf").asText()).isEqualTo("#/components/schemas/PlanAsOf");

        String plan = "/api/teams/" + api.create("/api/teams", Map.of("name", "Shapes")) + "/plan?quarter=2026-Q4";
        eventually(() -> assertThat(api.get(plan).body().path("kind").asText()).isEqualTo("TeamPlan"));
        assertThat(api.get(plan + "&asOf=" + Instant.now()).body().get("kind").asText()).isEqualTo("PlanAsOf");
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
