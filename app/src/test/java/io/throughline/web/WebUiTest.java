package io.throughline.web;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The leader's pages in a real headless Chromium: sign in, the cascade, an inline status report, a refusal, history. */
@ThroughlineIntegrationTest
class WebUiTest extends BrowserTest {

    static final String SCRIPT_TITLE = "<script>alert(1)</script>";
    static final AtomicInteger UNIQUE = new AtomicInteger();
    Api wendy;
    String company;
    String sales;
    String child;
    String completed;

    @BeforeEach
    void organisation() {
        int n = UNIQUE.incrementAndGet();
        Api admin = new Api(port);
        company = admin.company("Web Co " + n, "wendy");
        wendy = admin.as("wendy");
        sales = wendy.create("/api/teams", Map.of("name", "Web Sales " + n, "parentTeamId", company));
        // the founder leads sales herself, so she owns its priorities
        assertThat(wendy.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", "wendy")).status()).isEqualTo(204);
        String grow = wendy.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Grow ARR " + n, "ownerId", "wendy"));
        child = wendy.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4", "title", SCRIPT_TITLE,
                "ownerId", "wendy", "parentPriorityId", grow));
        completed = wendy.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4", "title", "Done " + n,
                "ownerId", "wendy"));
        assertThat(wendy.post("/api/priorities/" + completed + "/complete", Map.of("comment", "shipped")).status())
                .isEqualTo(200);
        eventually(() -> assertThat(wendy.get("/api/priorities/" + completed).body().get("status").asText())
                .isEqualTo("COMPLETED"));
        signIn("wendy");
    }

    @Test
    void theDashboardShowsTheCascadeAndUserTextStaysText() {
        open("/?quarter=2026-Q4");
        WebElement cascade = browser.findElement(By.cssSelector(".cascade"));
        assertThat(cascade.getText()).contains("Grow ARR").contains(SCRIPT_TITLE);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        // The roll-up covers every organisation in the shared test database: its figure is not this test's to fix.
        assertThat(browser.findElement(By.id("alignment")).getText())
                .matches("(?s)\\d+%\\s+of team priorities aligned to a parent\\s+Team priorities that serve .*");
    }

    @Test
    void aStatusReportedInlineReplacesItsRowWithoutReloadingThePage() {
        open("/teams/" + sales + "?quarter=2026-Q4");
        script("window.stillTheSamePage = true;");
        WebElement row = browser.findElement(By.id("priority-" + child));
        row.findElement(By.cssSelector(".report summary")).click();
        new Select(row.findElement(By.name("status"))).selectByValue("AT_RISK");
        row.findElement(By.name("comment")).clear();
        row.findElement(By.name("comment")).sendKeys("legal is slow");
        row.findElement(By.cssSelector("button[type=submit]")).click();

        waitUntil(() -> browser.findElement(By.id("priority-" + child)).findElement(By.cssSelector(".status"))
                .getText().equals("At risk"));
        assertThat(script("return window.stillTheSamePage === true")).isEqualTo(true);

        open("/priorities/" + child);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(SCRIPT_TITLE);
        String history = browser.findElement(By.id("history")).getText();
        assertThat(history).contains("reported At risk: legal is slow").contains("Status: Not started → At risk");
    }

    @Test
    void aChangeSomeoneElseMakesAppearsOnTheTeamPageWithoutReload() {
        open("/teams/" + sales + "?quarter=2026-Q4");
        script("window.stillTheSamePage = true;");
        waitUntil(() -> browser.findElement(By.id("live-state")).isDisplayed());

        assertThat(wendy.post("/api/priorities/" + child + "/status", Map.of("status", "OFF_TRACK",
                "comment", "vendor went bust")).status()).isEqualTo(200);
        String added = wendy.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Added elsewhere", "ownerId", "wendy"));

        waitUntil(() -> browser.findElement(By.cssSelector("#priority-" + child + " .status")).getText().equals("Off track")
                && !browser.findElements(By.id("priority-" + added)).isEmpty());
        assertThat(script("return window.stillTheSamePage === true")).isEqualTo(true);
    }

    @Test
    void aRefusalIsShownNextToTheFormAndKeepsItOpen() {
        open("/teams/" + sales + "?quarter=2026-Q4");
        WebElement row = browser.findElement(By.id("priority-" + completed));
        assertThat(row.findElements(By.name("status"))).as("a closed priority takes no status report").isEmpty();
        row.findElement(By.cssSelector(".report summary")).click();
        row.findElement(By.cssSelector("button[type=submit]")).click();

        waitUntil(() -> !browser.findElements(By.cssSelector("#priority-" + completed + " .error")).isEmpty());
        WebElement refused = browser.findElement(By.id("priority-" + completed));
        assertThat(refused.findElement(By.cssSelector(".error")).getText()).contains("must not be blank");
        assertThat(refused.findElement(By.name("reason")).isDisplayed()).isTrue();
        assertThat(refused.findElement(By.cssSelector(".status")).getText()).isEqualTo("Done");
    }

    @Test
    void aStaleEditSaysSomeoneElseChangedItShowsTheCurrentValueAndKeepsWhatWasTyped() {
        open("/priorities/" + child);
        reveal("#change");
        assertThat(wendy.send("PATCH", "/api/priorities/" + child, Map.of("reason", "plans moved", "title", "Changed elsewhere")).status())
                .isEqualTo(200);
        eventually(() -> assertThat(wendy.get("/api/priorities/" + child).body().get("title").asText())
                .isEqualTo("Changed elsewhere"));

        WebElement title = browser.findElement(By.cssSelector("#change input[name=title]"));
        title.clear();
        title.sendKeys("My own title");
        WebElement reason = browser.findElement(By.cssSelector("#change input[name=reason]"));
        assertThat(reason.findElement(By.xpath("..")).getText()).as("past half of the quarter").startsWith("Why (required)");
        reason.sendKeys("A sharper title");
        browser.findElement(By.cssSelector("#change button[type=submit]")).click();

        waitUntil(() -> !browser.findElements(By.id("refusal")).isEmpty());
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("Someone else changed this priority");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Changed elsewhere");
        assertThat(browser.findElement(By.cssSelector("#change input[name=title]")).getAttribute("value"))
                .isEqualTo("My own title");
        assertThat(wendy.get("/api/priorities/" + child).body().get("title").asText()).isEqualTo("Changed elsewhere");
    }

    @Test
    void droppingAPriorityNeedsAReasonAndThenOffersReinstatement() {
        open("/priorities/" + child);
        reveal("#drop");
        browser.findElement(By.id("drop-confirmed")).click();
        browser.findElement(By.cssSelector("#drop button[type=submit]")).click();
        waitUntil(() -> !browser.findElements(By.cssSelector("#drop .error")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#drop .error")).getText()).contains("must not be blank");
        assertThat(browser.findElement(By.cssSelector(".fields .status")).getText()).isEqualTo("Not started");

        browser.findElement(By.cssSelector("#drop input[name=reason]")).sendKeys("no budget this quarter");
        browser.findElement(By.id("drop-confirmed")).click();
        browser.findElement(By.cssSelector("#drop button[type=submit]")).click();
        waitUntil(() -> !browser.findElements(By.id("reinstate")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".fields .status")).getText()).isEqualTo("Dropped");
        assertThat(browser.findElement(By.id("history")).getText()).contains("dropped it: no budget this quarter");
        assertThat(browser.findElements(By.id("drop"))).isEmpty();
    }

    @Test
    void anAuditorFiltersTheLogDownloadsItVerifiesTheChainAndSeesAPlanAsItStood() {
        assertThat(wendy.post("/api/priorities/" + child + "/drop", Map.of("reason", "folded into growth")).status())
                .isEqualTo(200);
        open("/audit");
        assertThat(browser.getPageSource()).as("a leader is not an auditor").doesNotContain("Tamper evidence");
        new Api(port).as("audra", "AUDITOR");
        signIn("audra");

        eventually(() -> {
            open("/audit?teamId=" + sales + "&type=PriorityDropped");
            assertThat(browser.findElement(By.cssSelector(".log tbody")).getText()).contains("folded into growth")
                    .contains("wendy");
        });
        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('csv').href).then(r => r.text()).then(done);");
        assertThat(csv).startsWith("globalSequence,aggregateType,aggregateId,teamId,type,actor,at,reason,changes,huddleId")
                .contains("folded into growth");

        browser.findElement(By.cssSelector("#verification button")).click();
        waitUntil(() -> !browser.findElements(By.id("verified")).isEmpty());
        assertThat(browser.findElement(By.id("verified")).getText()).contains("verified: the log is as it was written");

        open("/audit?planTeam=" + sales + "&planQuarter=2026-Q4&asOf=" + Instant.now());
        assertThat(browser.findElement(By.id("plan-as-of")).getText()).contains(SCRIPT_TITLE).contains("Dropped");
    }

    @Test
    void anAdminReplaysAProjectionAndWatchesItBecomeLiveAgain() {
        open("/admin");
        assertThat(browser.getPageSource()).as("a leader is not an admin").doesNotContain("Projections");
        signIn("admin", Api.ADMIN_PASSWORD);

        open("/admin");
        assertThat(browser.findElement(By.id("projection-integrity")).findElements(By.tagName("button"))).isEmpty();
        browser.findElement(By.id("replay-audit")).click();
        assertThat(browser.findElement(By.cssSelector("#projection-audit details")).getText())
                .as("a replay asks first").contains("Rebuild audit from the event log?");
        browser.findElement(By.id("confirm-replay-audit")).click();
        waitUntil(() -> browser.findElement(By.cssSelector("#projection-audit .state")).getText().equals("Live")
                && browser.findElement(By.cssSelector("#projection-audit progress")).getAttribute("value").equals("100"));
        assertThat(browser.findElement(By.id("projections")).getText()).contains("dashboard").contains("integrity");
    }

    @Test
    void pagesFitAPhoneScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : new String[]{"/?quarter=2026-Q4", "/teams/" + sales + "?quarter=2026-Q4", "/priorities/" + child}) {
            open(page);
            assertThat(overflow()).as(page).isLessThanOrEqualTo(0);
        }
    }
}
