package io.throughline.web;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor at {@code /audit} in a real Chromium set to India's time zone: filters the log by team, person and event
 * type chosen from lists, pages through it while new events arrive (the pages stay pinned), and picks a period in
 * local time, seeing the UTC instant beside each field.
 */
@ThroughlineIntegrationTest
class AuditPageTest extends BrowserTest {

    static final AtomicInteger UNIQUE = new AtomicInteger();
    static final String KOLKATA = "Asia/Kolkata";
    static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void anAuditorPagesFiltersByChoicesAndPicksAPeriodInLocalTime() {
        int n = UNIQUE.incrementAndGet();
        String quinn = "quinn" + n;
        Api admin = new Api(port);
        assertThat(admin.post("/api/admin/users", Map.of("username", quinn, "displayName", "Quinn Quill",
                "roles", List.of("LEADER"), "password", Api.passwordOf(quinn))).status()).isEqualTo(201);
        String company = admin.company("Audit Holding " + n, quinn);
        Api lead = admin.as(quinn);
        String team = lead.create("/api/teams", Map.of("name", "Audit Co " + n, "parentTeamId", company));
        for (int i = 1; i <= 54; i++) {
            String name = i == 54 ? "Audit Co " + n : "Audit Co " + n + " draft " + i;
            assertThat(lead.send("PATCH", "/api/teams/" + team, Map.of("name", name)).status()).isEqualTo(204);
        }
        String renamesByQuinn = "/api/audit?teamId=" + team + "&actor=" + quinn + "&type=TeamRenamed";
        eventually(() -> assertThat(admin.get(renamesByQuinn).body().get("totalElements").asLong()).isEqualTo(54));

        ((ChromeDriver) browser).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", KOLKATA));
        String auditor = "aurelia" + n;
        admin.as(auditor, "AUDITOR");
        signIn(auditor);
        open("/audit");
        new Select(browser.findElement(By.id("filter-team"))).selectByVisibleText("Audit Co " + n);
        new Select(browser.findElement(By.id("filter-person"))).selectByVisibleText("Quinn Quill");
        new Select(browser.findElement(By.id("filter-type"))).selectByVisibleText("Team renamed");
        clickThrough("#filter");
        assertThat(textOf("#page-of")).isEqualTo("Page 1 of 2 · 54 entries");
        assertThat(rows()).isEqualTo(50);
        assertThat(textOf(".audit-log tbody tr")).contains("Quinn Quill renamed the team “Audit Co " + n + " draft 53” to “Audit Co " + n + "”");
        screenshotsOf("audit", "#log");

        assertThat(lead.send("PATCH", "/api/teams/" + team, Map.of("name", "Audit Co " + n + " later")).status())
                .isEqualTo(204);
        eventually(() -> assertThat(admin.get(renamesByQuinn).body().get("totalElements").asLong()).isEqualTo(55));
        clickThrough("#next-page");
        assertThat(textOf("#page-of")).as("pinned: the new entry shifts nothing").isEqualTo("Page 2 of 2 · 54 entries");
        assertThat(rows()).isEqualTo(4);
        assertThat(browser.findElements(By.id("next-page"))).isEmpty();
        clickThrough("#previous-page");
        assertThat(textOf("#page-of")).isEqualTo("Page 1 of 2 · 54 entries");
        clickThrough("#next-page");
        clickThrough("#first-page");
        assertThat(textOf("#page-of")).isEqualTo("Page 1 of 2 · 54 entries");
        clickThrough("#newest");
        assertThat(textOf("#page-of")).isEqualTo("Page 1 of 2 · 55 entries");
        assertThat(new Select(browser.findElement(By.id("filter-person"))).getFirstSelectedOption().getText())
                .isEqualTo("Quinn Quill");

        LocalDateTime localNow = LocalDateTime.now(ZoneId.of(KOLKATA)).truncatedTo(ChronoUnit.MINUTES);
        pick("#filter-from", localNow.minusHours(1));
        pick("#filter-to", localNow.plusHours(1));
        clickThrough("#filter");
        Instant from = localNow.minusHours(1).atZone(ZoneId.of(KOLKATA)).toInstant();
        assertThat(textOf("#from-utc")).isEqualTo(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
                .withZone(ZoneOffset.UTC).format(from));
        assertThat(textOf(".zone-note")).as("the browser's own name for its zone")
                .contains((String) script("return Intl.DateTimeFormat().resolvedOptions().timeZone"));
        assertThat(textOf("#page-of")).isEqualTo("Page 1 of 2 · 55 entries");
        assertThat(browser.findElement(By.id("filter-from")).getAttribute("value"))
                .as("the field keeps the local time typed").isEqualTo(FIELD.format(localNow.minusHours(1)));

        pick("#filter-from", localNow.minusDays(3));
        pick("#filter-to", localNow.minusDays(2));
        clickThrough("#filter");
        assertThat(textOf("#log")).contains("No entries match.");

        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(overflow()).as("the log fits a phone").isLessThanOrEqualTo(0);
    }

    /** Sets a date-and-time field as its picker would. */
    private void pick(String css, LocalDateTime localTime) {
        script("arguments[0].value = arguments[1]", browser.findElement(By.cssSelector(css)), FIELD.format(localTime));
    }

    private int rows() {
        return browser.findElements(By.cssSelector(".audit-log tbody tr")).size();
    }
}
