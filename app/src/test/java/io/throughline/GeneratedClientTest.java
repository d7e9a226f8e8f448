package io.throughline;

import io.throughline.client.ApiClient;
import io.throughline.client.ApiException;
import io.throughline.client.api.TeamsApi;
import io.throughline.client.model.ProblemDetail;
import io.throughline.client.model.RegisterTeamRequest;
import io.throughline.client.model.TeamPlan;
import io.throughline.client.model.TeamView;
import io.throughline.kernel.Limits;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A client generated from the API contract (docs/openapi.json, by openapi-generator at generate-test-sources) works
 * against the running service as it is: what clients build on is usable, not only valid.
 */
@ThroughlineIntegrationTest
class GeneratedClientTest {

    @LocalServerPort
    int port;

    @Test
    void writesAndReadsThroughTheGeneratedClient() throws ApiException {
        TeamsApi teams = new TeamsApi(signedInAsAdmin());

        String id = teams.register(new RegisterTeamRequest().name("Generated")).getId();

        TeamView team = eventually(() -> teams.team(id), found -> found != null);
        assertThat(team.getName()).isEqualTo("Generated");
        assertThat(team.getId()).isEqualTo(id);
        // One of the plan's two shapes, told apart by kind.
        assertThat(eventually(() -> teams.plan(id, "2026-Q4", null), plan -> plan != null).getActualInstance())
                .isInstanceOf(TeamPlan.class);
    }

    @Test
    void aRefusalReadsAsTheDocumentedProblemDetail() throws Exception {
        ApiClient client = signedInAsAdmin();
        TeamsApi teams = new TeamsApi(client);

        ApiException refused = catchThrowableOfType(ApiException.class, () ->
                teams.register(new RegisterTeamRequest().name("n".repeat(Limits.NAME_LENGTH + 1))));

        assertThat(refused.getCode()).isEqualTo(400);
        ProblemDetail problem = client.getObjectMapper().readValue(refused.getResponseBody(), ProblemDetail.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getField()).isEqualTo("name");
        assertThat(problem.getDetail()).contains(Integer.toString(Limits.NAME_LENGTH));
    }

    private ApiClient signedInAsAdmin() {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + Api.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        return client
                .setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
    }
}
