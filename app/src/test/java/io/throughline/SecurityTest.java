package io.throughline;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may come in: accounts, HTTP Basic, personal access tokens, the sign-in form. */
@ThroughlineIntegrationTest
class SecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = new Api(port);
    }

    @Test
    void theApiRefusesAnonymousCallersAndWrongPasswords() {
        assertThat(admin.anonymous().get("/api/teams").status()).isEqualTo(401);
        assertThat(admin.anonymous().post("/api/teams", Map.of("name", "Ghosts")).status()).isEqualTo(401);
        assertThat(admin.withToken("tl_not-a-token").get("/api/teams").status()).isEqualTo(401);
        assertThat(admin.get("/api/teams").status()).isEqualTo(200);
    }

    @Test
    void healthAndApiDocumentationArePublic() {
        assertThat(admin.anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(admin.anonymous().get("/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void onlyAdminsManageAccounts() {
        Api leader = admin.as("lena");

        assertThat(leader.post("/api/admin/users", Map.of("username", "mallory", "roles", List.of("ADMIN"),
                "password", "a-long-enough-password")).status()).isEqualTo(403);
        assertThat(admin.get("/api/admin/users/lena").body().get("roles").toString()).isEqualTo("[\"LEADER\"]");
        assertThat(leader.get("/api/admin/users").status()).isEqualTo(403);
        assertThat(admin.get("/api/admin/users").body().findValuesAsText("username")).contains("admin", "lena")
                .isSorted();
    }

    @Test
    void accountsAreValidated() {
        assertThat(admin.post("/api/admin/users", Map.of("username", "short-pw", "roles", List.of("ANALYST"),
                "password", "tooshort")).body().get("field").asText()).isEqualTo("password");
        assertThat(admin.post("/api/admin/users", Map.of("username", "Not Valid", "roles", List.of("ANALYST"),
                "password", "a-long-enough-password")).body().get("field").asText()).isEqualTo("username");
        assertThat(admin.post("/api/admin/users", Map.of("username", "system", "roles", List.of("ANALYST"),
                "password", "a-long-enough-password")).body().get("field").asText()).as("reserved").isEqualTo("username");
        assertThat(admin.post("/api/admin/users", Map.of("username", "admin", "roles", List.of("ANALYST"),
                "password", "a-long-enough-password")).status()).isEqualTo(409);
        assertThat(sql.queryForObject("select hash from account_password where username = 'admin'", String.class))
                .startsWith("$2").doesNotContain(Api.ADMIN_PASSWORD);
    }

    @Test
    void aPersonalAccessTokenIsShownOnceStoredHashedAndRevocable() {
        Api tess = admin.as("tess");
        Api.Response issued = tess.post("/api/me/tokens", Map.of("name", "nightly export"));
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.body().get("token").asText();
        String id = issued.body().get("id").asText();

        Api withToken = admin.withToken(token);
        assertThat(withToken.get("/api/teams").status()).isEqualTo(200);
        assertThat(withToken.get("/api/me/tokens").body().findValuesAsText("name")).containsExactly("nightly export");
        assertThat(withToken.get("/api/me/tokens").body().toString()).doesNotContain(token);
        assertThat(sql.queryForList("select token_hash from access_token where username = 'tess'", String.class))
                .hasSize(1).allSatisfy(hash -> assertThat(hash).hasSize(64).isNotEqualTo(token));

        assertThat(tess.send("DELETE", "/api/me/tokens/" + id, null).status()).isEqualTo(204);
        assertThat(withToken.get("/api/teams").status()).isEqualTo(401);
    }

    @Test
    void aDisabledAccountIsLockedOutAtOnceWithItsTokens() {
        Api dora = admin.as("dora");
        String token = dora.post("/api/me/tokens", Map.of("name", "script")).body().get("token").asText();
        assertThat(dora.get("/api/teams").status()).isEqualTo(200);
        assertThat(admin.withToken(token).get("/api/teams").status()).isEqualTo(200);

        assertThat(admin.post("/api/admin/users/dora/disable", null).status()).isEqualTo(200);

        assertThat(dora.get("/api/teams").status()).as("Basic, despite the credential cache").isEqualTo(401);
        assertThat(admin.withToken(token).get("/api/teams").status()).as("the token, despite the cache").isEqualTo(401);
        assertThat(admin.get("/api/admin/users").body()).anySatisfy(account -> {
            assertThat(account.get("username").asText()).isEqualTo("dora");
            assertThat(account.get("enabled").asBoolean()).isFalse();
            assertThat(account.get("roles").toString()).isEqualTo("[\"LEADER\"]");
        });
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        Api rita = admin.as("rita");
        assertThat(rita.get("/api/teams").status()).isEqualTo(200);

        assertThat(admin.post("/api/admin/users/rita/password", Map.of("password", "a-brand-new-password")).status())
                .isEqualTo(204);

        assertThat(rita.get("/api/teams").status()).isEqualTo(401);
    }

    @Test
    void theSignInFormRefusesAPostWithoutItsCsrfToken() throws Exception {
        HttpClient browser = HttpClient.newHttpClient();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("_csrf");

        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + Api.ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }
}
