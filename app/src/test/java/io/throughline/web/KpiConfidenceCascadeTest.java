package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team lead's week with KPIs, confidence and the huddle cascade, in a real Chromium: Lena, who leads Ops, defines a
 * KPI on her team page and changes its target, hands it over and retires it on its own page; reports a priority
 * AT_RISK with confidence 4 and sees that confidence on the priority page; sees that Field, the team below, huddled
 * this week with a stuck item and a priority in trouble; and the dashboard counts a priority whose goalposts moved.
 */
@ThroughlineIntegrationTest
class KpiConfidenceCascadeTest extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final String QUARTER = Quarter.of(TODAY).value();
    static final AtomicInteger UNIQUE = new AtomicInteger();

    int n;
    String lena;
    String mia;
    String ops;
    String field;
    String shipSameDay;
    Api lead;

    @BeforeEach
    void opsWithATeamBelowThatHuddled() {
        n = UNIQUE.incrementAndGet();
        lena = "lena" + n;
        mia = "mia" + n;
        String boss = "mona" + n;
        String fred = "fred" + n;
        Api admin = new Api(port);
        String company = admin.company("Cascade Co " + n, boss);
        admin.people(lena, mia, fred);
        Api mona = admin.as(boss);
        ops = mona.create("/api/teams", Map.of("name", "Ops " + n, "parentTeamId", company));
        ok(mona.send("PUT", "/api/teams/" + ops + "/lead", Map.of("personId", lena)));
        ok(mona.post("/api/teams/" + ops + "/members", Map.of("personId", mia)));
        lead = admin.as(lena);
        shipSameDay = lead.create("/api/priorities", Map.of("teamId", ops, "quarter", QUARTER,
                "title", "Ship same day " + n, "ownerId", lena));

        field = mona.create("/api/teams", Map.of("name", "Field " + n, "parentTeamId", ops));
        ok(mona.send("PUT", "/api/teams/" + field + "/lead", Map.of("personId", fred)));
        Api fieldLead = admin.as(fred);
        String vans = fieldLead.create("/api/priorities", Map.of("teamId", field, "quarter", QUARTER,
                "title", "Two more vans " + n, "ownerId", fred));
        ok(fieldLead.post("/api/teams/" + field + "/huddles", Map.of("date", TODAY.toString(),
                "priorityUpdates", List.of(Map.of("priorityId", vans, "status", "AT_RISK", "comment", "lease late")),
                "stuck", List.of(Map.of("description", "Van lease unsigned", "ownerId", fred)))));
        signIn(lena);
    }

    @Test
    void aLeadDefinesAKpiAndChangesItsTargetHandsItOverAndRetiresIt() {
        openEventually("/teams/" + ops + "?quarter=" + QUARTER, "#priority-" + shipSameDay);
        click("#kpi-form summary");
        fill("#kpi-form input[name=name]", "Orders shipped same day");
        fill("#kpi-form input[name=target]", "lots");
        submit("#kpi-form form");
        assertThat(text("#kpi-form")).as("an unreadable number is refused next to its field")
                .contains("Target\nmust be a number like 3,750 or 0.75, was 'lots'");
        assertThat(value("#kpi-form input[name=name]")).isEqualTo("Orders shipped same day");
        screenshotsAtBothWidths("kpi-define", "kpi-form");

        fill("#kpi-form input[name=target]", "95");
        fill("#kpi-form input[name=unit]", "%");
        new Select(find("#kpi-form select[name=direction]")).selectByVisibleText("Higher is better");
        new Select(find("#kpi-form select[name=cadence]")).selectByVisibleText("Weekly");
        new Select(find("#kpi-form select[name=kind]")).selectByVisibleText("Leading: moves before the results");
        new Select(find("#kpi-form select[name=priorityId]")).selectByVisibleText("Ship same day " + n);
        submit("#kpi-form form");
        assertThat(text(".scorecard")).contains("Orders shipped same day");
        screenshotsAtBothWidths("kpi-team", "huddle-cascade");

        browser.findElement(By.linkText("Orders shipped same day")).click();
        waitUntil(() -> text("h1").equals("Orders shipped same day"));
        assertThat(text(".kpi-definition")).contains("Higher is better").contains("Weekly")
                .contains("Leading").contains("Ship same day " + n).contains("95%");
        assertThat(browser.findElements(By.cssSelector("#kpi-changes details[open]"))).as("every form starts closed")
                .isEmpty();

        click("#target summary");
        fill("#target input[name=target]", "98");
        submit("#target form");
        assertThat(text("#target")).as("a new target needs a reason").contains("Why it changes\nmust not be blank");
        assertThat(value("#target input[name=target]")).isEqualTo("98");
        fill("#target input[name=reason]", "the carrier promised better");
        submit("#target form");
        assertThat(text("#kpi-target")).isEqualTo("98%");

        click("#owner summary");
        new Select(find("#owner select[name=newOwnerId]")).selectByVisibleText(mia);
        fill("#owner input[name=reason]", "Mia runs dispatch now");
        submit("#owner form");
        assertThat(text("#kpi-owner")).isEqualTo(mia);
        click("#retire summary");
        screenshotsAtBothWidths("kpi-metric", "kpi-changes");

        fill("#retire input[name=reason]", "replaced by on-time delivery");
        assertThat(text("#retire .confirm-check"))
                .isEqualTo("Yes, retire Orders shipped same day for good: it will take no more values");
        // Unticked, the browser keeps the form (the box is required); the server refuses it just the same.
        script("document.getElementById('retire-confirmed').required = false");
        submit("#retire form");
        assertThat(text("#error-retire-confirmed")).isEqualTo("tick \u201cYes, retire it\u201d to confirm");
        assertThat(browser.findElements(By.cssSelector(".status.retired"))).as("unconfirmed: nothing retired").isEmpty();
        assertThat(value("#retire input[name=reason]")).isEqualTo("replaced by on-time delivery");
        click("#retire-confirmed");
        submit("#retire form");
        assertThat(text(".kpi-head")).contains("Retired");
        assertThat(text("#retired")).contains("takes no more values");
    }

    @Test
    void aLeadReportsAtRiskWithConfidenceAndSeesItOverTime() {
        openEventually("/teams/" + ops + "?quarter=" + QUARTER, "#priority-" + shipSameDay);
        WebElement row = find("#priority-" + shipSameDay);
        reveal("#priority-" + shipSameDay + " .status-form");
        new Select(row.findElement(By.name("status"))).selectByValue("AT_RISK");
        row.findElement(By.name("comment")).sendKeys("carrier strike");
        row.findElement(By.name("confidence")).sendKeys("4");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        // the row is swapped again when the live update of the change arrives: read it as it settles
        waitUntil(() -> text("#priority-" + shipSameDay).contains("4/10 sure")
                && text("#priority-" + shipSameDay + " .status").equals("At risk"));

        open("/priorities/" + shipSameDay);
        assertThat(text("#confidence")).contains("4/10").contains("At risk");
        reveal("#report");
        new Select(find("#report select[name=status]")).selectByValue("ON_TRACK");
        fill("#report input[name=confidence]", "7");
        submit("#report");
        List<String> points = browser.findElements(By.cssSelector("#confidence li")).stream()
                .map(WebElement::getText).toList();
        assertThat(points).hasSize(2);
        assertThat(points.get(0)).contains("4/10").contains("At risk");
        assertThat(points.get(1)).contains("7/10").contains("On track");
        screenshotsAtBothWidths("kpi-priority", "confidence");
    }

    @Test
    void theTeamPageAndTheHuddlePageShowTheHuddlesAboveAndBelow() {
        openEventually("/teams/" + ops + "?quarter=" + QUARTER, "#cascade-" + field);
        String below = text("#cascade-" + field);
        assertThat(below).contains("Field " + n).contains("huddled this week").contains("1 stuck item open")
                .contains("At risk Two more vans " + n);
        assertThat(text("#cascade-above")).contains("Cascade Co " + n).contains("no huddle this week")
                .contains("No huddle this quarter").contains("nothing stuck");

        open("/teams/" + ops + "/huddle");
        assertThat(text("#cascade-" + field)).contains("huddled this week");
        screenshotsAtBothWidths("kpi-huddle", "huddle-cascade");
        browser.findElement(By.linkText("Field " + n)).click();
        waitUntil(() -> browser.getCurrentUrl().endsWith("/teams/" + field + "/huddle"));
        assertThat(text("#cascade-above")).as("from below, Ops is above").contains("Ops " + n);
    }

    @Test
    void theDashboardCountsPrioritiesWhoseGoalpostsMovedMoreThanTwice() {
        for (String criterion : new String[]{"90% same day", "95% same day", "97% same day"}) {
            ok(lead.send("PATCH", "/api/priorities/" + shipSameDay, Map.of("reason", "plans moved", "successCriterion", criterion)));
        }
        eventually(() -> {
            open("/?quarter=" + QUARTER);
            assertThat(text("#churn-list")).contains("Ship same day " + n + " (Ops " + n + ") · moved 3 times");
        });
        int listed = browser.findElements(By.cssSelector("#churn-list li")).size();
        assertThat(text("#churn")).startsWith(listed + "\nwith moving goalposts")
                .contains("changed, reassigned or realigned more than 2 times");
        assertThat(text("#orphans")).contains("Each needs realigning, unlinking or dropping");
        screenshotsAtBothWidths("kpi-dashboard", "churn");
    }

    /** Photographs the page at 1280 px and at 390 px (checking it does not scroll sideways), scrolled to a part. */
    private void screenshotsAtBothWidths(String name, String partId) {
        script("document.getElementById(arguments[0]).scrollIntoView()", partId);
        screenshot(name);
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(overflow()).as(name + " fits a phone").isLessThanOrEqualTo(0);
        script("document.getElementById(arguments[0]).scrollIntoView()", partId);
        screenshot(name + "-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Opens a page once the read models show what the test set up through the API. */
    private void openEventually(String path, String css) {
        eventually(() -> {
            open(path);
            assertThat(browser.findElements(By.cssSelector(css))).isNotEmpty();
        });
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(String.valueOf(response.body())).isBetween(200, 299);
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private void click(String css) {
        find(css).click();
    }

    private String text(String css) {
        return find(css).getText();
    }

    private String value(String css) {
        return find(css).getAttribute("value");
    }
}
