package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead closes the quarter from the team page in a real Chromium: a missed priority without a reflection is refused
 * in the form, beside that priority; with one, the page reads the quarter's result and offers to reopen it.
 */
@ThroughlineIntegrationTest
class QuarterClosePageTest extends BrowserTest {

    static final AtomicInteger UNIQUE = new AtomicInteger();

    /** A company of its own, led by {@code boss}, who owns every priority it is given in the current quarter. */
    private record Company(String id, String name, String boss, Api api, String quarter) {

        String priority(String title) {
            return api.create("/api/priorities", Map.of("teamId", id, "quarter", quarter, "title", title,
                    "ownerId", boss));
        }
    }

    private Company company(String name) {
        int n = UNIQUE.incrementAndGet();
        String boss = "rhea" + n;
        Api admin = new Api(port);
        String unique = name + " " + n;
        return new Company(admin.company(unique, boss), unique, boss, admin.as(boss), Quarter.of(LocalDate.now()).value());
    }

    @Test
    void aLeadClosesTheQuarterThroughTheFormAndReadsItsResult() {
        Company closing = company("Closing Co");
        String boss = closing.boss();
        String company = closing.id();
        String logos = closing.priority("Win logos");
        String renewals = closing.priority("Renew the big three");

        signIn(boss);
        eventually(() -> {
            open("/teams/" + company);
            assertThat(textOf("#quarter-close")).contains("is open: 0 of 2 done, 2 still open");
        });
        browser.findElement(By.cssSelector("#close-form summary")).click();
        browser.findElement(By.cssSelector("input[name='outcome-" + logos + "'][value=DONE]")).click();
        browser.findElement(By.cssSelector("input[name='outcome-" + renewals + "'][value=MISSED]")).click();
        clickThrough("#close-form button[type=submit]");
        assertThat(textOf("#close-form")).contains("a missed priority needs a short reflection");
        assertReadable(browser);
        assertAccessible(browser);
        screenshotsOf("quarter-close-refused", "#quarter-close");

        browser.findElement(By.name("reflection-" + renewals)).sendKeys("We priced the renewals too late");
        clickThrough("#close-form button[type=submit]");
        assertThat(textOf("#quarter-result")).contains("is closed: 1 of 2 done, 1 missed");
        assertThat(browser.findElements(By.id("close-form"))).isEmpty();
        assertThat(textOf("#reopen-form")).contains("Reopen the quarter");
        assertReadable(browser);
        assertAccessible(browser);
        screenshotsOf("quarter-closed", "#quarter-close");

        open("/?team=" + company);
        assertThat(textOf("#company-quarter-result")).contains("is closed for " + closing.name() + ": 1 of 2 done, 1 missed");
        assertReadable(browser);
    }

    @Test
    void aClosedQuarterOffersNoHuddleAssignmentOrReportUntilItsLeadReopensIt() {
        Company reopening = company("Reopening Co");
        String boss = reopening.boss();
        String company = reopening.id();
        String logos = reopening.priority("Win logos");
        assertThat(reopening.api().post("/api/teams/" + company + "/quarters/" + reopening.quarter() + "/close", Map.of("decisions",
                List.of(Map.of("priorityId", logos, "outcome", "MISSED", "reflection", "Legal took the quarter"))))
                .status()).isBetween(200, 204);

        signIn(boss);
        eventually(() -> {
            open("/teams/" + company);
            assertThat(textOf("#quarter-result")).contains("is closed: 0 of 1 done, 1 missed");
        });
        assertThat(textOf("#quarter-closed-note")).contains("is closed: it takes no new priority, status report or huddle");
        assertThat(textOf("#priority-" + logos)).contains("Missed");
        assertThat(browser.findElements(By.id("run-huddle"))).as("no huddle in a closed quarter").isEmpty();
        assertThat(browser.findElements(By.id("assign-form"))).as("no new priority in a closed quarter").isEmpty();
        assertThat(browser.findElements(By.id("report-" + logos))).as("no status report in a closed quarter").isEmpty();
        assertThat(browser.findElements(By.id("reinstate-" + logos))).isEmpty();
        assertReadable(browser);
        assertAccessible(browser);

        browser.findElement(By.cssSelector("#reopen-form summary")).click();
        clickThrough("#reopen-form button[type=submit]");
        assertThat(textOf("#reopen-form")).as("a reopening needs its reason").contains("must not be blank");
        browser.findElement(By.cssSelector("#reopen-form input[name=reason]")).sendKeys("The board extended the deadline");
        clickThrough("#reopen-form button[type=submit]");

        assertThat(browser.findElements(By.id("report-" + logos))).as("the report form is back").isNotEmpty();
        assertThat(textOf("#quarter-close")).contains("is open: 0 of 1 done, 1 still open");
        assertThat(browser.findElements(By.id("quarter-closed-note"))).isEmpty();
        assertThat(browser.findElements(By.id("run-huddle"))).isNotEmpty();
        assertThat(browser.findElements(By.id("assign-form"))).isNotEmpty();
        assertThat(textOf("#priority-" + logos)).doesNotContain("Missed");
        assertReadable(browser);
        screenshotsOf("quarter-reopened", "#quarter-close");
    }
}
