package io.throughline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in with the company's identity provider, in a real Chromium against a real OpenID Connect provider in the
 * test's JVM (navikt's mock-oauth2-server, whose login page takes the subject and the claims as typed): the first
 * sign-in registers the person with the role their group gives and the provider's e-mail address, each later one
 * makes their roles and address the provider's, each change an event the audit log tells, made by the service
 * (system); a person whose groups give no role, a disabled account and a local account's username are refused with
 * a page that says why.
 */
@ThroughlineIntegrationTest
class ProviderSignInTest extends BrowserTest {

    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server(new OAuth2Config(true));

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void theCompanysProvider(DynamicPropertyRegistry settings) {
        settings.add("spring.security.oauth2.client.registration.company.client-id", () -> "throughline");
        settings.add("spring.security.oauth2.client.registration.company.client-secret", () -> "throughline-secret");
        settings.add("spring.security.oauth2.client.registration.company.client-name", () -> "Acme SSO");
        settings.add("spring.security.oauth2.client.registration.company.scope", () -> "openid,profile,email");
        // At 127.0.0.1 while the service is at localhost: another site, as a company's provider is, so the browser
        // comes back from it as from elsewhere, with the cookies such a return carries.
        settings.add("spring.security.oauth2.client.provider.company.issuer-uri",
                () -> PROVIDER.issuerUrl("acme").newBuilder().host("127.0.0.1").build().toString());
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    void aNewPersonIsRegisteredAndTheirGroupsAndAddressAreReadAgainAtEachSignIn() {
        Api admin = new Api(port);

        signInAtTheProvider("ines-subject", Map.of("preferred_username", "Ines.Ortiz", "name", "Ines Ortiz",
                "email", "ines@acme.example", "groups", List.of("throughline-leaders", "everyone")));
        assertThat(browser.getCurrentUrl()).endsWith("/me");
        assertThat(textOf(".nav")).contains("Ines Ortiz");
        assertReadable(browser);
        screenshot("provider-first-sign-in");
        JsonNode ines = admin.get("/api/admin/users/ines.ortiz").body();
        assertThat(ines.get("displayName").asText()).isEqualTo("Ines Ortiz");
        assertThat(ines.get("email").asText()).isEqualTo("ines@acme.example");
        assertThat(ines.get("roles")).extracting(JsonNode::asText).containsExactly("LEADER");
        eventually(() -> assertThat(actorsOf(admin, "PersonRegistered", "ines.ortiz")).containsExactly("system"));

        open("/account");
        assertThat(textOf("#password")).contains("You sign in with your company's identity provider");
        fill("#new-token-form input[name=name]", "her scripts");
        submit("#new-token-form");
        String token = browser.findElement(By.id("new-token")).getAttribute("value");
        assertThat(new Api(port).withToken(token).get("/api/me/tokens").body().findValuesAsText("name"))
                .as("her token works for the API").containsExactly("her scripts");

        signInAtTheProvider("ines-subject", Map.of("preferred_username", "ines.ortiz", "name", "Ines Ortiz",
                "email", "ines.ortiz@acme.example", "groups", List.of("throughline-members", "throughline-auditors")));
        assertThat(browser.getCurrentUrl()).endsWith("/me");
        ines = admin.get("/api/admin/users/ines.ortiz").body();
        assertThat(ines.get("roles")).extracting(JsonNode::asText).containsExactly("AUDITOR", "MEMBER");
        assertThat(ines.get("email").asText()).isEqualTo("ines.ortiz@acme.example");
        eventually(() -> {
            // LEADER at the registration, then AUDITOR and MEMBER.
            assertThat(actorsOf(admin, "RoleGranted", "ines.ortiz")).containsExactly("system", "system", "system");
            assertThat(actorsOf(admin, "RoleRevoked", "ines.ortiz")).containsExactly("system");
            assertThat(actorsOf(admin, "EmailChanged", "ines.ortiz")).containsExactly("system");
        });
    }

    @Test
    void theLoginPageOffersTheProviderBesideTheForm() {
        open("/login");
        assertThat(textOf("main")).contains("Sign in with Acme SSO").contains("Username").contains("Password");
        assertAccessible(browser);
        screenshotsOf("login-with-provider", null);
    }

    @Test
    void aPersonWhoseGroupsGiveNoRoleIsRefusedAndNotRegistered() {
        signInAtTheProvider("otto-subject", Map.of("preferred_username", "otto.nogroup", "groups", List.of("sales")));

        assertThat(textOf("#refused")).isEqualTo("Your identity provider knows you, but none of your groups there "
                + "gives you a role in Throughline. Ask your administrator to add you to one of Throughline's groups.");
        assertReadable(browser);
        screenshot("provider-no-role");
        assertThat(new Api(port).get("/api/admin/users/otto.nogroup").status()).isEqualTo(404);
    }

    @Test
    void aPersonLosingEveryGroupLosesTheirRolesAndIsRefused() {
        signInAtTheProvider("uma-subject", Map.of("preferred_username", "uma.leaving", "groups", List.of("throughline-leaders")));
        assertThat(browser.getCurrentUrl()).endsWith("/me");

        signInAtTheProvider("uma-subject", Map.of("preferred_username", "uma.leaving", "groups", List.of()));

        assertThat(textOf("#refused")).startsWith("Your identity provider knows you, but none of your groups");
        assertThat(new Api(port).get("/api/admin/users/uma.leaving").body().get("roles")).isEmpty();
    }

    @Test
    void aDisabledAccountIsRefused() {
        Api admin = new Api(port);
        signInAtTheProvider("dora-subject", Map.of("preferred_username", "dora.disabled", "groups", List.of("throughline-members")));
        assertThat(admin.post("/api/admin/users/dora.disabled/disable", null).status()).isEqualTo(200);

        signInAtTheProvider("dora-subject", Map.of("preferred_username", "dora.disabled", "groups", List.of("throughline-members")));

        assertThat(textOf("#refused")).isEqualTo("This account is disabled. Ask an administrator.");
    }

    @Test
    void nobodyBecomesALocalAccountByTakingItsNameAtTheProvider() {
        signInAtTheProvider("mallory-subject", Map.of("preferred_username", "Admin", "groups", List.of("throughline-admins")));

        assertThat(textOf("#refused")).startsWith("An account with your username exists already");
        signIn("admin", Api.ADMIN_PASSWORD);
        assertThat(browser.getCurrentUrl()).as("the first administrator signs in with their password as before")
                .endsWith("/me");
    }

    /** Clicks "Sign in with Acme SSO", types the subject and the claims on the provider's page, and comes back. */
    private void signInAtTheProvider(String subject, Map<String, Object> claims) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.linkText("Sign in with Acme SSO")).click();
        waitUntil(() -> !browser.findElements(By.name("claims")).isEmpty());
        browser.findElement(By.name("username")).sendKeys(subject);
        browser.findElement(By.name("claims")).sendKeys(json(claims));
        browser.findElement(By.cssSelector("input[type=submit]")).click();
        waitUntil(() -> browser.getCurrentUrl().startsWith("http://localhost:" + port + "/")
                && !browser.getCurrentUrl().contains("/login/oauth2/"));
        System.out.println("Signed in at the provider as " + subject + " " + json(claims) + ": now at "
                + browser.getCurrentUrl().replace("http://localhost:" + port, ""));
    }

    private static String json(Map<String, Object> claims) {
        try {
            return new ObjectMapper().writeValueAsString(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> actorsOf(Api admin, String type, String person) {
        JsonNode entries = admin.get("/api/audit?size=500&type=" + type).body().get("entries");
        return StreamSupport.stream(entries.spliterator(), false)
                .filter(entry -> entry.get("aggregateId").asText().equals(person))
                .map(entry -> entry.get("actor").asText()).toList();
    }
}
