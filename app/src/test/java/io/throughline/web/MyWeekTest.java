package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team lead's week in a real browser, as issue 20 tells it: they sign in and land on {@code /me}, see the KPI
 * value they still owe and record it there, see their commitments from the last 1-on-1, overdue first, and complete
 * one; on {@code /account} they create a personal access token (shown once), revoke it, change their password and
 * give their e-mail address.
 */
@ThroughlineIntegrationTest
class MyWeekTest extends BrowserTest {

    static final AtomicInteger UNIQUE = new AtomicInteger();
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aTeamLeadLandsOnTheirWeekRecordsTheMissingValueAndCompletesACommitment() {
        int n = UNIQUE.incrementAndGet();
        String boss = "maya" + n;
        String lead = "theo" + n;
        String member = "ivy" + n;
        Api admin = new Api(port);
        person(admin, boss, "Maya Stone");
        person(admin, lead, "Theo Park");
        person(admin, member, "Ivy Chen");
        String company = admin.company("Week Co " + n, boss);
        Api maya = admin.as(boss);
        String team = maya.create("/api/teams", Map.of("name", "Support " + n, "parentTeamId", company));
        assertThat(maya.send("PUT", "/api/teams/" + team + "/lead", Map.of("personId", lead)).status()).isLessThan(300);
        assertThat(maya.post("/api/teams/" + team + "/members", Map.of("personId", member)).status()).isLessThan(300);
        Api theo = admin.as(lead);
        String priority = theo.create("/api/priorities", Map.of("teamId", team, "quarter", Quarter.of(TODAY).value(),
                "title", "Answer every ticket within a day", "ownerId", lead));
        assertThat(theo.post("/api/priorities/" + priority + "/status", Map.of("status", "AT_RISK",
                "comment", "two people out", "confidence", 4)).status()).isLessThan(300);
        String kpi = theo.create("/api/metrics", Map.of("teamId", team, "name", "First reply", "unit", "h",
                "target", 4, "direction", "LOWER_IS_BETTER", "cadence", "WEEKLY", "ownerId", lead));
        Period lastWeek = Period.of(Cadence.WEEKLY, TODAY).previous();
        String checkIn = maya.create("/api/check-ins", Map.of("personId", lead, "date", TODAY.minusDays(10).toString(),
                "phase", "TRACK", "commitments", List.of(
                        Map.of("text", "Hire a weekend agent", "dueDate", TODAY.plusDays(7).toString()),
                        Map.of("text", "Write the escalation guide", "dueDate", TODAY.minusDays(3).toString()))));
        eventually(() -> assertThat(theo.get("/api/check-ins?personId=" + lead).body()).hasSize(1));

        signIn(lead);

        assertThat(browser.getCurrentUrl()).as("where a leader lands").endsWith("/me");
        assertThat(text("nav .who")).isEqualTo("Theo Park");
        assertThat(text("nav a[aria-current=page]")).as("the nav marks where the reader is").isEqualTo("My week");
        assertThat(text("#priority-" + priority)).contains("Answer every ticket within a day").contains("Support " + n)
                .contains("At risk").contains("4 / 10");
        String lastWeekInWords = "Week " + lastWeek.firstDay().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " (";
        assertThat(text("#kpi-" + kpi)).contains("First reply").contains("Missing: " + lastWeekInWords);
        assertThat(text("#one-on-one")).contains("with Maya Stone").contains("(Track)");
        assertThat(text("#reports")).contains("Ivy Chen").contains("no 1-on-1 yet")
                .contains("Support " + n + ": not held yet — run it");
        assertThat(browser.findElements(By.cssSelector("#commitments li .text")).stream().map(WebElement::getText))
                .as("overdue first").containsExactly("Write the escalation guide", "Hire a weekend agent");
        assertThat(text("#commitments h2")).contains("1 overdue");
        photograph("me");
        assertReadable(browser);
        assertAccessible(browser);

        fill("#kpi-" + kpi + " input[name=value]", "five");
        submit("#kpi-" + kpi + " form");
        assertThat(text("#kpi-" + kpi)).contains("must be a number");
        WebElement value = browser.findElement(By.cssSelector("#kpi-" + kpi + " input[name=value]"));
        assertThat(value.getAttribute("aria-invalid")).as("the refused field is marked").isEqualTo("true");
        assertThat(browser.findElement(By.id(value.getAttribute("aria-describedby"))).getText())
                .as("and names its message").startsWith("must be a number");
        assertThat(browser.switchTo().activeElement()).as("the focus lands on it").isEqualTo(value);
        assertReadable(browser);
        assertAccessible(browser);
        fill("#kpi-" + kpi + " input[name=value]", "3.5");
        submit("#kpi-" + kpi + " form");
        assertThat(text("#kpi-" + kpi)).contains("Every period has its value").contains(lastWeekInWords)
                .contains("): 3.5 h");

        submit("#commitment-" + checkIn + "-2 form:not(.drop)");
        assertThat(browser.findElements(By.cssSelector("#commitments li .text")).stream().map(WebElement::getText))
                .containsExactly("Hire a weekend agent");
        assertThat(text("#commitments h2")).doesNotContain("overdue");
        assertThat(theo.get("/api/check-ins?personId=" + lead).body().get(0).get("commitments").get(1)
                .get("status").asText()).isEqualTo("COMPLETED");

        String hire = "#commitment-" + checkIn + "-1";
        fill(hire + " input[name=reason]", "the agency hires for us");
        script("document.querySelector(arguments[0]).removeAttribute('required')", hire + " input[name=confirmed]");
        submit(hire + " form.drop");
        assertThat(text("#error-commitment-" + checkIn + "-1-confirmed")).as("nothing dropped without the tick")
                .isEqualTo("tick \u201cYes, drop it\u201d to confirm");
        assertThat(browser.findElement(By.cssSelector(hire + " input[name=confirmed]")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(theo.get("/api/check-ins?personId=" + lead).body().get(0).get("commitments").get(0)
                .get("status").asText()).isEqualTo("OPEN");
        assertReadable(browser);
        assertAccessible(browser);
        fill(hire + " input[name=reason]", "the agency hires for us");
        browser.findElement(By.cssSelector(hire + " input[name=confirmed]")).click();
        submit(hire + " form.drop");
        assertThat(text("#commitments")).contains("No open commitment");
        assertThat(theo.get("/api/check-ins?personId=" + lead).body().get(0).get("commitments").get(0)
                .get("status").asText()).isEqualTo("DROPPED");
    }

    @Test
    void onTheAccountPageATokenIsShownOnceUsedAndRevokedAndThePasswordChanged() {
        int n = UNIQUE.incrementAndGet();
        String lead = "tara" + n;
        Api admin = new Api(port);
        person(admin, lead, "Tara Quinn");
        signIn(lead);
        open("/account");
        assertThat(text("main")).contains("Tara Quinn").contains("signs in as " + lead).contains("You have no active token");

        fill("#new-token-form input[name=name]", "Nightly report " + n);
        submit("#new-token-form");
        String token = browser.findElement(By.id("new-token")).getAttribute("value");
        assertThat(token).startsWith("tl_");
        assertThat(text(".issued")).contains("it will not be shown again");
        String row = browser.findElement(By.cssSelector("table.tokens tbody tr")).getAttribute("id");
        assertThat(text("#" + row)).contains("Nightly report " + n).contains("never");
        photograph("account");
        assertReadable(browser);
        assertAccessible(browser);

        assertThat(admin.withToken(token).get("/api/me/tokens").status()).isEqualTo(200);
        open("/account");
        assertThat(browser.findElements(By.id("new-token"))).as("shown once").isEmpty();
        assertThat(text("#" + row)).as("last used").doesNotContain("never").contains("just now");
        assertThat(browser.findElement(By.cssSelector("#" + row + " td[data-label='Last used'] time"))
                .getAttribute("title")).as("the exact time on hover").endsWith("UTC");

        browser.findElement(By.cssSelector("#" + row + " summary")).click();
        browser.findElement(By.cssSelector("#" + row + " input[name=confirmed]")).click();
        clickThrough("#" + row + " button[type=submit]");
        assertThat(text("#notice")).isEqualTo("Token revoked: whatever used it is refused from now on");
        assertThat(text("#tokens")).doesNotContain("Nightly report").contains("You have no active token");
        assertThat(admin.withToken(token).get("/api/me/tokens").status()).isEqualTo(401);

        fill("#password input[name=currentPassword]", "not my password at all");
        fill("#password input[name=password]", "a brand new passphrase " + n);
        submit("#password");
        assertThat(text("#password")).contains("is not your current password");
        fill("#password input[name=currentPassword]", Api.passwordOf(lead));
        fill("#password input[name=password]", "short");
        submit("#password");
        assertThat(text("#password")).contains("at least 12 characters");
        assertThat(browser.findElement(By.cssSelector("#password input[name=password]")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertAccessible(browser);
        fill("#password input[name=currentPassword]", Api.passwordOf(lead));
        fill("#password input[name=password]", "a brand new passphrase " + n);
        submit("#password");
        assertThat(text("#notice")).isEqualTo("Password changed: use it the next time you sign in");

        fill("#email input[name=email]", "tara" + n + "@example.com");
        submit("#email");
        assertThat(text("#notice")).isEqualTo("Your e-mail address is now tara" + n + "@example.com");
        assertThat(browser.findElement(By.cssSelector("#email input[name=email]")).getAttribute("value"))
                .isEqualTo("tara" + n + "@example.com");

        signIn(lead, "a brand new passphrase " + n);
        assertThat(browser.getCurrentUrl()).endsWith("/me");
        assertThat(text("nav .who")).isEqualTo("Tara Quinn");
    }

    /** An account with a display name, its password the one the tests' API clients sign in with. */
    private static void person(Api admin, String username, String displayName) {
        assertThat(admin.post("/api/admin/users", Map.of("username", username, "displayName", displayName,
                "roles", List.of("LEADER"), "password", Api.passwordOf(username))).status()).isEqualTo(201);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}
