package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms that fit their object and say when they worked (issue 21), in a real Chromium: the team page's rows report
 * only what can be reported and reinstate what is closed, the priority page opens one action at a time and asks before
 * dropping, KPI values read "3,750", the huddle is offered to whoever may hold it and answers every mistake at once,
 * and the live team page waits for an open form.
 */
@ThroughlineIntegrationTest
class FormsThatFitTest extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final Quarter QUARTER = Quarter.of(TODAY);
    static final Period THIS_MONTH = Period.of(Cadence.MONTHLY, TODAY);
    static final AtomicInteger UNIQUE = new AtomicInteger();

    int n;
    String ceo;
    String dana;
    String eli;
    Api lead;
    String company;
    String team;
    String grow;
    String logos;
    String orphan;
    String shipped;
    String calls;

    @BeforeEach
    void aTeamUnderACompany() {
        n = UNIQUE.incrementAndGet();
        ceo = "fitceo" + n;
        dana = "fitdana" + n;
        eli = "fiteli" + n;
        Api admin = new Api(port);
        company = admin.company("Fit Co " + n, ceo);
        Api top = admin.as(ceo);
        admin.people(dana, eli);
        team = top.create("/api/teams", Map.of("name", "Fit Sales " + n, "parentTeamId", company));
        ok(top.send("PUT", "/api/teams/" + team + "/lead", Map.of("personId", dana)));
        ok(top.post("/api/teams/" + team + "/members", Map.of("personId", eli)));
        lead = admin.as(dana);
        grow = top.create("/api/priorities", Map.of("teamId", company, "quarter", QUARTER.value(),
                "title", "Grow ARR " + n, "ownerId", ceo));
        String oldBet = top.create("/api/priorities", Map.of("teamId", company, "quarter", QUARTER.value(),
                "title", "Old bet " + n, "ownerId", ceo));
        logos = lead.create("/api/priorities", Map.of("teamId", team, "quarter", QUARTER.value(),
                "title", "Win logos " + n, "ownerId", eli, "parentPriorityId", grow,
                "dueDate", TODAY.plusDays(20).toString()));
        ok(lead.send("PATCH", "/api/priorities/" + logos, Map.of("reason", "plans moved", "description", "Five new logos in the mid-market")));
        orphan = lead.create("/api/priorities", Map.of("teamId", team, "quarter", QUARTER.value(),
                "title", "Orphan " + n, "ownerId", dana, "parentPriorityId", oldBet));
        shipped = lead.create("/api/priorities", Map.of("teamId", team, "quarter", QUARTER.value(),
                "title", "Shipped " + n, "ownerId", dana));
        ok(top.post("/api/priorities/" + oldBet + "/drop", Map.of("reason", "the market moved")));
        ok(lead.post("/api/priorities/" + shipped + "/complete", Map.of("comment", "live since Monday")));
        ok(lead.post("/api/priorities/" + logos + "/status", Map.of("status", "AT_RISK", "comment", "legal is slow",
                "confidence", 4)));
        calls = lead.create("/api/metrics", Map.of("teamId", team, "name", "Calls " + n, "unit", "calls",
                "target", 3000, "direction", "HIGHER_IS_BETTER", "cadence", "MONTHLY", "ownerId", dana));
        ok(lead.post("/api/metrics/" + calls + "/values", Map.of("period", THIS_MONTH.previous().previous().value(),
                "value", 2800)));
        eventually(() -> {
            assertThat(lead.get("/api/priorities/" + orphan).body().get("orphaned").asBoolean()).isTrue();
            assertThat(lead.get("/api/priorities/" + shipped).body().get("status").asText()).isEqualTo("COMPLETED");
            assertThat(lead.get("/api/metrics/" + calls).body().get("values")).hasSize(1);
        });
        signIn(dana);
    }

    @Test
    void theTeamPageOffersOnlyReportableStatusesNamesWhatEachServesFlagsOrphansAndReadsAsWords() {
        openTeam();
        WebElement row = row(logos);
        assertThat(row.findElements(By.cssSelector(".status"))).as("the status is shown once").hasSize(1);
        assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("At risk");
        row.findElement(By.id("report-" + logos)).click();
        assertThat(new Select(row.findElement(By.name("status"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("On track", "At risk", "Off track");
        assertThat(row.findElement(By.cssSelector(".serves")).getText()).isEqualTo("serves Grow ARR " + n);
        assertThat(row.findElement(By.cssSelector(".serves a")).getAttribute("href")).endsWith("/priorities/" + grow);
        assertThat(row(orphan).getText()).contains("Orphaned");
        assertThat(row(logos).getText()).doesNotContain("Orphaned");
        WebElement comment = row.findElement(By.name("comment"));
        assertThat(comment.getTagName()).as("a comment has room for its text").isEqualTo("textarea");
        assertThat(comment.getSize().getWidth()).isGreaterThan(200);

        WebElement closed = row(shipped);
        assertThat(closed.findElements(By.cssSelector(".status-form"))).as("no report form on a closed priority")
                .isEmpty();
        assertThat(closed.findElements(By.id("reinstate-" + shipped))).hasSize(1);
        assertThat(textOf("main .meta")).contains("Led by " + dana).contains("part of Fit Co " + n);
        assertReadable(browser);
        assertAccessible(browser);
        shots("forms-team", null);
    }

    @Test
    void aStatusReportIsConfirmedAndAClosedPriorityIsReinstatedFromItsRow() {
        openTeam();
        row(logos).findElement(By.id("report-" + logos)).click();
        new Select(row(logos).findElement(By.name("status"))).selectByVisibleText("Off track");
        fill("#comment-" + logos, "the vendor went bust and the lawyers are on holiday until January");
        row(logos).findElement(By.cssSelector(".status-form button[type=submit]")).click();
        waitUntil(() -> row(logos).findElement(By.cssSelector(".status")).getText().equals("Off track"));
        waitUntil(() -> textOf("#notice").equals("Status reported"));
        assertThat(browser.findElement(By.id("notice")).getAttribute("aria-live")).isEqualTo("polite");

        row(shipped).findElement(By.id("reinstate-" + shipped)).click();
        fill("#reason-" + shipped, "the launch was rolled back");
        row(shipped).findElement(By.cssSelector(".reinstate-form button[type=submit]")).click();
        waitUntil(() -> !row(shipped).findElements(By.cssSelector(".status-form")).isEmpty());
        assertThat(row(shipped).findElement(By.cssSelector(".status")).getText()).isEqualTo("Not started");
        waitUntil(() -> textOf("#notice").equals("Priority reinstated"));
        assertThat(lead.get("/api/priorities/" + shipped).body().get("status").asText()).isEqualTo("NOT_STARTED");
    }

    @Test
    void withoutJavaScriptAStatusReportLandsOnThePageThatConfirmsIt() {
        openTeam();
        row(logos).findElement(By.id("report-" + logos)).click();
        new Select(row(logos).findElement(By.name("status"))).selectByVisibleText("On track");
        // A plain submission, as a browser without JavaScript sends it: form.submit() fires no event for htmx.
        WebElement page = browser.findElement(By.tagName("html"));
        script("document.querySelector('#priority-" + logos + " .status-form').submit()");
        waitUntil(() -> ExpectedConditions.stalenessOf(page).apply(browser));
        assertThat(textOf("#notice")).isEqualTo("Status reported");
        assertThat(row(logos).findElement(By.cssSelector(".status")).getText()).isEqualTo("On track");
        open("/teams/" + team + "?quarter=" + QUARTER);
        assertThat(textOf("#notice")).as("shown once, after the form only").isEmpty();
    }

    @Test
    void thePriorityPageShowsDescriptionAndConfidenceOpensOneActionAtATimeAndAsksBeforeDropping() {
        open("/priorities/" + logos);
        assertThat(textOf("#description")).isEqualTo("Five new logos in the mid-market");
        assertThat(textOf("#confidence-now")).isEqualTo("4 out of 10");
        assertThat(browser.findElements(By.cssSelector(".actions form"))).allMatch(form -> !form.isDisplayed());
        assertReadable(browser);
        assertAccessible(browser);

        browser.findElement(By.xpath("//summary[.='Reassign to another owner']")).click();
        browser.findElement(By.xpath("//summary[.='Drop it']")).click();
        assertThat(browser.findElements(By.cssSelector(".actions details[open]"))).hasSize(1);
        assertThat(browser.findElement(By.id("drop")).isDisplayed()).isTrue();
        shots("forms-priority", null);

        fill("#drop input[name=reason]", "folded into Grow ARR");
        // What a browser without the required check would send: the page asks again rather than drop it.
        script("document.getElementById('drop-confirmed').removeAttribute('required')");
        submit("#drop");
        assertThat(textOf("#drop .error")).contains("tick \u201cYes, drop it\u201d");
        assertThat(textOf(".fields .status")).isEqualTo("At risk");
        assertThat(browser.findElement(By.cssSelector("#drop input[name=reason]")).getAttribute("value"))
                .isEqualTo("folded into Grow ARR");

        browser.findElement(By.id("drop-confirmed")).click();
        submit("#drop");
        assertThat(textOf("#notice")).isEqualTo("Priority dropped");
        assertThat(textOf(".fields .status")).isEqualTo("Dropped");
        assertThat(browser.findElements(By.id("drop"))).isEmpty();
        assertThat(browser.findElements(By.id("reinstate"))).hasSize(1);
    }

    @Test
    void aKpiValueTypedWithGroupingIsRecordedExactlyForTheMissingPeriodAndConfirmed() {
        open("/metrics/" + calls);
        assertThat(new Select(browser.findElement(By.id("record-period"))).getFirstSelectedOption()
                .getAttribute("value"))
                .as("the last period without a value, not the one under way").isEqualTo(THIS_MONTH.previous().value());
        waitUntil(() -> !browser.findElements(By.cssSelector("#chart .uplot canvas")).isEmpty());
        assertThat(textOf("#chart-key")).contains("green at or above 3,000 calls").contains("red below 2,700 calls");
        assertThat(textOf(".kpi-definition")).contains("3,000 calls");
        assertReadable(browser);
        assertAccessible(browser);

        fill("#record-value", "3,750");
        submit("#record");
        assertThat(textOf("#notice")).isEqualTo("KPI value recorded");
        assertThat(textOf("#value-" + THIS_MONTH.previous() + " .value")).isEqualTo("3,750 calls");
        assertThat(lead.get("/api/metrics/" + calls).body().get("values").get(1).get("value").decimalValue())
                .isEqualByComparingTo("3750");

        fill("#record-value", "3,75");
        submit("#record");
        assertThat(textOf("#error-record-value")).contains("3,750");
        assertThat(browser.findElement(By.id("record-value")).getAttribute("value")).isEqualTo("3,75");
        assertThat(browser.findElement(By.id("record-value")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("record-value")).getAttribute("aria-describedby"))
                .isEqualTo("error-record-value");
        shots("forms-metric", null);
    }

    @Test
    void theHuddleIsOfferedToTheTeamsPeopleAndLeadersAboveAndTheOneAboveRecordsIt() {
        openTeam();
        assertThat(browser.findElements(By.id("run-huddle"))).as("the team's lead").hasSize(1);
        signIn(eli);
        openTeam();
        assertThat(browser.findElements(By.id("run-huddle"))).as("a member of the team").hasSize(1);
        String outsider = "fitfay" + n;
        new Api(port).people(outsider);
        signIn(outsider);
        openTeam();
        assertThat(browser.findElements(By.id("run-huddle"))).as("a leader of no team at or above it").isEmpty();

        signIn(ceo);
        openTeam();
        clickThrough("#run-huddle");
        type("wins", "The CEO sat in");
        clickThrough("#record");
        assertThat(browser.getCurrentUrl()).doesNotContain("/huddle");
        assertThat(textOf("#notice")).isEqualTo("Huddle recorded");
        assertThat(textOf("#last-huddle")).contains("facilitated by " + ceo).contains("The CEO sat in");
    }

    @Test
    void everyMistakeOfAHuddleFormComesBackAtOnceAndAttendeesReadWhole() {
        open("/teams/" + team + "/huddle");
        type("metrics[0].value", "lots");
        type("stuck[0].description", "Nobody owns this");
        new Select(browser.findElement(By.name("stuck[1].ownerId"))).selectByValue(eli);
        clickThrough("#record");

        assertThat(errorAt("metrics[0].value")).contains("must be a number like 3,750");
        assertThat(errorAt("stuck[0].ownerId")).contains("is required");
        assertThat(errorAt("stuck[1].description")).contains("must not be blank");
        assertThat(textOf("#refusal")).contains("3 entries need a look");
        WebElement value = browser.findElement(By.name("metrics[0].value"));
        assertThat(value.getAttribute("aria-invalid")).as("announced as the entry at fault").isEqualTo("true");
        assertThat(browser.findElement(By.id(value.getAttribute("aria-describedby"))).getText())
                .contains("must be a number like 3,750");
        assertThat(browser.findElement(By.name("stuck[0].description")).getAttribute("aria-invalid")).isNull();
        assertThat(new Select(browser.findElement(By.xpath("//input[@type='hidden' and @value='" + logos
                + "']/ancestor::div[contains(@class,'entry')]//select"))).getOptions())
                .extracting(WebElement::getText).containsExactly("On track", "At risk", "Off track");
        assertThat(browser.findElement(By.name("stuck[0].description")).getAttribute("value"))
                .isEqualTo("Nobody owns this");
        assertReadable(browser);
        assertAccessible(browser);

        browser.manage().window().setSize(new Dimension(390, 844));
        for (WebElement chip : browser.findElements(By.cssSelector(".checks .check"))) {
            assertThat(chip.getSize().getHeight()).as("one line: " + chip.getText()).isLessThan(48);
            assertThat(chip.getSize().getWidth()).as("the whole name: " + chip.getText()).isGreaterThan(60);
        }
        shots("forms-huddle-errors", "#refusal");
    }

    @Test
    void aChangeArrivingWhileAFormIsOpenWaitsBehindANoticeAndAppearsOnceTheFormCloses() {
        openTeam();
        waitUntil(() -> browser.findElement(By.id("live-state")).isDisplayed());
        row(logos).findElement(By.id("report-" + logos)).click();
        fill("#comment-" + logos, "half typed");

        ok(lead.post("/api/priorities/" + orphan + "/status", Map.of("status", "OFF_TRACK", "comment", "elsewhere")));
        waitUntil(() -> browser.findElement(By.id("live-notice")).isDisplayed());
        assertThat(textOf("#live-notice")).contains("Changes available");
        assertThat(row(orphan).findElement(By.cssSelector(".status")).getText()).as("not while the form is open")
                .isEqualTo("Not started");
        assertThat(browser.findElement(By.id("comment-" + logos)).getAttribute("value")).isEqualTo("half typed");
        shots("forms-team-live-notice", "#live-notice");

        row(logos).findElement(By.id("report-" + logos)).click();
        waitUntil(() -> row(orphan).findElement(By.cssSelector(".status")).getText().equals("Off track"));
        assertThat(browser.findElement(By.id("live-notice")).isDisplayed()).isFalse();
        assertThat(script("return document.activeElement.id")).as("focus kept on the live update")
                .isEqualTo("report-" + logos);
    }

    /** The page at 1440 px and at 390 px, each as tall as the page, scrolled to the element if given. */
    private void shots(String name, String scrollToCss) {
        for (int width : new int[]{1440, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            long height = (Long) script("return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 4000)));
            if (scrollToCss != null) {
                script("arguments[0].scrollIntoView()", browser.findElement(By.cssSelector(scrollToCss)));
            }
            screenshot(name + "-" + width);
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private void openTeam() {
        open("/teams/" + team + "?quarter=" + QUARTER);
    }

    private static WebElement row(String priorityId) {
        return browser.findElement(By.id("priority-" + priorityId));
    }

    private static void type(String name, String text) {
        WebElement input = browser.findElement(By.name(name));
        input.clear();
        input.sendKeys(text);
    }

    private static String errorAt(String name) {
        return browser.findElement(By.cssSelector(".error[data-for='" + name + "']")).getText();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 299);
    }

}
