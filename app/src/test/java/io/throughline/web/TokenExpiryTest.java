package io.throughline.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Personal access tokens expire: 90 days after their creation unless their owner chose from 1 to 365 days, refused
 * (401) from then on, and shown on /account with the day they expire, or as expired.
 */
@ThroughlineIntegrationTest
class TokenExpiryTest extends BrowserTest {

    @Autowired
    JdbcTemplate sql;

    @Test
    void aTokenLastsNinetyDaysUnlessItsOwnerChoseFromOneTo365() {
        Api ruth = new Api(port).as("ruth.tokens");

        Api.Response standard = ruth.post("/api/me/tokens", Map.of("name", "nightly export"));
        assertThat(standard.status()).isEqualTo(201);
        assertThat(Instant.parse(standard.body().get("expiresAt").asText()))
                .isCloseTo(Instant.now().plus(Duration.ofDays(90)), within(Duration.ofMinutes(1)));
        Api.Response week = ruth.post("/api/me/tokens", Map.of("name", "a week's test", "expiresInDays", 7));
        assertThat(Instant.parse(week.body().get("expiresAt").asText()))
                .isCloseTo(Instant.now().plus(Duration.ofDays(7)), within(Duration.ofMinutes(1)));
        assertThat(ruth.post("/api/me/tokens", Map.of("name", "a year", "expiresInDays", 365)).status()).isEqualTo(201);

        for (int days : new int[]{0, 366, -5}) {
            Api.Response refused = ruth.post("/api/me/tokens", Map.of("name", "too long", "expiresInDays", days));
            assertThat(refused.status()).as(days + " days").isEqualTo(400);
            assertThat(refused.body().get("field").asText()).isEqualTo("expiresInDays");
        }
        JsonNode listed = ruth.get("/api/me/tokens").body();
        assertThat(listed).hasSize(3).allSatisfy(token -> assertThat(token.get("expiresAt").isTextual()).isTrue());
    }

    @Test
    void anExpiredTokenIsRefusedAndItsOwnerSeesItExpired() {
        Api sven = new Api(port).as("sven.tokens");
        String old = sven.post("/api/me/tokens", Map.of("name", "old script")).body().get("token").asText();
        UUID oldId = UUID.fromString(sven.get("/api/me/tokens").body().get(0).get("id").asText());
        String fresh = sven.post("/api/me/tokens", Map.of("name", "new script", "expiresInDays", 30)).body()
                .get("token").asText();
        // Its ninety days have passed: the token is used for the first time after them.
        sql.update("update access_token set expires_at = now() - interval '1 minute' where id = ?", oldId);

        assertThat(new Api(port).withToken(old).get("/api/teams").status()).isEqualTo(401);
        assertThat(new Api(port).withToken(fresh).get("/api/teams").status()).isEqualTo(200);

        signIn("sven.tokens");
        open("/account");
        String thirtyDaysOn = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                .format(LocalDate.now(ZoneOffset.UTC).plusDays(30));
        assertThat(textOf("#token-" + oldId + " .expiry")).isEqualTo("expired");
        assertThat(textOf("#tokens tbody")).contains("new script").contains("expires on " + thirtyDaysOn);
        assertReadable(browser);
        assertAccessible(browser);
        screenshotsOf("account-tokens-expiry", "#tokens");
    }

    @Test
    void aTokenMadeOnTheAccountPageLastsTheDaysChosen() {
        new Api(port).as("tina.tokens");
        signIn("tina.tokens");
        open("/account");
        fill("#new-token-form input[name=name]", "dashboard export");
        fill("#new-token-form input[name=expiresInDays]", "14");
        submit("#new-token-form");

        String fourteenDaysOn = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                .format(LocalDate.now(ZoneOffset.UTC).plusDays(14));
        assertThat(textOf("#tokens tbody")).contains("dashboard export").contains("expires on " + fourteenDaysOn);
    }
}
