package io.throughline.web;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team lead's coaching week in a real browser: a 1-on-1 with a direct report, with two commitments, one of them
 * completed; the notes kept from a third leader; a decision right defined and a decision recorded, flagged, by someone
 * without it; two assessments and the change from the baseline. Every page is photographed at 1280 and 390 px.
 */
@ThroughlineIntegrationTest
class CoachingTest extends BrowserTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private String boss;
    private String lead;
    private String report;
    private String otherLead;
    private String ops;

    /** Mona leads the company; Lena leads Ops below it, where Tom is a member; Kai leads another team. */
    @BeforeEach
    void anOrganisation() {
        int n = UNIQUE.incrementAndGet();
        boss = "mona" + n;
        lead = "lena" + n;
        report = "tom" + n;
        otherLead = "kai" + n;
        Api admin = new Api(port);
        person(admin, boss, "Mona Marsh");
        person(admin, lead, "Lena Lind");
        person(admin, report, "Tom Baker");
        person(admin, otherLead, "Kai Kent");
        String company = admin.company("Coach Co " + n, boss);
        Api mona = admin.as(boss);
        ops = mona.create("/api/teams", Map.of("name", "Ops " + n, "parentTeamId", company));
        String other = mona.create("/api/teams", Map.of("name", "Other " + n, "parentTeamId", company));
        assertThat(mona.send("PUT", "/api/teams/" + ops + "/lead", Map.of("personId", lead)).status()).isEqualTo(204);
        assertThat(mona.send("PUT", "/api/teams/" + other + "/lead", Map.of("personId", otherLead)).status())
                .isEqualTo(204);
        assertThat(mona.post("/api/teams/" + ops + "/members", Map.of("personId", report)).status()).isEqualTo(204);
        admin.as(lead).create("/api/priorities", Map.of("teamId", ops, "quarter", currentQuarter(),
                "title", "Renew the carrier contract", "ownerId", report));
    }

    @Test
    void aLeadHoldsAOneOnOneWithTwoCommitmentsCompletesOneAndKeepsTheNotesFromAThirdLeader() {
        signIn(lead);
        open("/check-ins");
        assertThat(text("#pair-" + report)).contains("Tom Baker").contains("you coach").contains("never");
        assertThat(text("#pair-" + boss)).contains("Mona Marsh").contains("your leader");
        checkedAndPhotographed("check-ins");

        browser.findElement(By.linkText("Tom Baker")).click();
        waitUntil(() -> browser.getCurrentUrl().endsWith("/check-ins/" + report));
        browser.findElement(By.cssSelector("#record summary")).click();
        assertAccessible(browser);
        browser.findElement(By.cssSelector("#record input[name=phase][value=COACH]")).click();
        browser.findElement(By.xpath("//label[contains(., 'Renew the carrier contract')]/input")).click();
        fill("#record textarea[name=notes]", "Tom worries about the renewal terms");
        List<WebElement> texts = browser.findElements(By.cssSelector("#record input[name=commitmentText]"));
        List<WebElement> dues = browser.findElements(By.cssSelector("#record input[name=commitmentDue]"));
        texts.get(0).sendKeys("Call the carrier");
        typeDate(dues.get(0), LocalDate.now(ZoneOffset.UTC).plusDays(7));
        texts.get(1).sendKeys("Draft the new terms");
        typeDate(dues.get(1), LocalDate.now(ZoneOffset.UTC).plusDays(14));
        send("#record form");

        WebElement checkIn = browser.findElement(By.cssSelector(".check-in"));
        assertThat(checkIn.getText()).contains("Coach").contains("Reviewed: Renew the carrier contract")
                .contains("Tom worries about the renewal terms");
        assertThat(states()).containsExactly("open", "open");
        click(".check-in li:first-child form.complete button");
        assertThat(states()).containsExactly("done", "open");
        assertThat(text(".check-in ul.commitments")).contains("Call the carrier").contains("Draft the new terms");
        checkedAndPhotographed("check-in-history");

        open("/check-ins");
        assertThat(text("#pair-" + report)).contains(DAY.format(LocalDate.now(ZoneOffset.UTC))).contains("1 open");
        assertThat(browser.findElement(By.cssSelector("#pair-" + report + " td[data-label='Last check-in'] span"))
                .getAttribute("title")).isEqualTo("today");

        open("/check-ins/" + report);
        String terms = ".check-in li:nth-child(2)";
        fill(terms + " form.drop input[name=reason]", "legal drafts them");
        script("document.querySelector(arguments[0]).removeAttribute('required')", terms + " input[name=confirmed]");
        click(terms + " form.drop button");
        assertThat(text(terms)).as("nothing dropped without the tick").contains("tick \u201cYes, drop it\u201d to confirm");
        assertThat(states()).containsExactly("done", "open");
        browser.findElement(By.cssSelector(terms + " input[name=confirmed]")).click();
        fill(terms + " form.drop input[name=reason]", "legal drafts them");
        click(terms + " form.drop button");
        assertThat(states()).containsExactly("done", "dropped");
        assertThat(text(terms)).contains("legal drafts them");

        signIn(otherLead);
        open("/check-ins/" + report + "?leaderId=" + lead);
        assertThat(text(".check-in")).contains("Call the carrier").contains("Notes are private to the two of them")
                .doesNotContain("renewal terms");

        signIn(report);
        open("/check-ins/" + lead);
        assertThat(text(".check-in")).contains("Tom worries about the renewal terms");
    }

    @Test
    void aDecisionBySomeoneWithoutTheDecideRightIsFlaggedInWords() {
        signIn(lead);
        open("/teams/" + ops);
        browser.findElement(By.linkText("Decisions")).click();
        waitUntil(() -> browser.getCurrentUrl().endsWith("/decisions"));

        defineRight("Pricing", "Mona Marsh", "decides");
        defineRight("Pricing", "Tom Baker", "is consulted");
        assertThat(text("#rights table")).contains("Pricing\nMona Marsh").contains("Tom Baker");
        checkedAndPhotographed("decisions-rights");
        String tom = "#rights-pricing form.revoke input[value='person:" + report + "']";
        reveal(tom);
        browser.findElement(By.cssSelector(tom + " ~ label input[name=confirmed]")).click();
        click(tom + " ~ button");
        assertThat(text("#rights table")).contains("Mona Marsh").doesNotContain("Tom Baker");

        browser.findElement(By.cssSelector("#record-decision summary")).click();
        browser.findElement(By.cssSelector("#define-right summary")).click();
        assertAccessible(browser);
        fill("#record-decision input[name=category]", "pricing");
        fill("#record-decision input[name=title]", "New price list");
        fill("#record-decision textarea[name=decision]", "Raise prices 5% from January: costs rose 8%");
        send("#record-decision form");

        assertThat(text("ol.decisions li.flagged")).contains("New price list").contains("Lena Lind")
                .contains("Lena Lind did not hold the right to decide on Pricing when this was recorded ("
                        + DAY.format(LocalDate.now(ZoneOffset.UTC)) + "). Who decides Pricing now: Mona Marsh.");
        checkedAndPhotographed("decisions");
    }

    @Test
    void twoAssessmentsShowTheChangeFromTheBaseline() {
        signIn(lead);
        open("/teams/" + ops);
        browser.findElement(By.linkText("Assessments")).click();
        waitUntil(() -> browser.getCurrentUrl().endsWith("/assessments"));
        assertThat(browser.findElements(By.cssSelector("#record-assessment[open]"))).as("open while there is none").hasSize(1);
        checkedAndPhotographed("assessments-none");
        assess("Team dynamics", "3.1", LocalDate.now(ZoneOffset.UTC).minusMonths(3));
        assess("Team dynamics", "3.6", LocalDate.now(ZoneOffset.UTC));

        String row = text("#dimension-TEAM_DYNAMICS");
        assertThat(row).contains("Team dynamics").contains("3.1").contains("3.6");
        assertThat(text("#dimension-TEAM_DYNAMICS .change")).isEqualTo("+0.5");
        assertThat(browser.findElement(By.cssSelector("#dimension-TEAM_DYNAMICS .change")).getAttribute("class"))
                .contains("change-up");
        assertThat(browser.findElements(By.cssSelector("#dimension-TEAM_DYNAMICS svg polyline"))).hasSize(1);
        checkedAndPhotographed("assessments");
    }

    private void defineRight(String category, String who, String mode) {
        if (browser.findElements(By.cssSelector("#define-right[open]")).isEmpty()) {
            browser.findElement(By.cssSelector("#define-right summary")).click();
        }
        fill("#define-right input[name=category]", category);
        new Select(browser.findElement(By.cssSelector("#define-right select[name=holder]"))).selectByVisibleText(who);
        new Select(browser.findElement(By.cssSelector("#define-right select[name=mode]"))).selectByVisibleText(mode);
        send("#define-right form");
    }

    private void assess(String dimension, String score, LocalDate date) {
        if (browser.findElements(By.cssSelector("#record-assessment[open]")).isEmpty()) {
            browser.findElement(By.cssSelector("#record-assessment summary")).click();
        }
        new Select(browser.findElement(By.cssSelector("#record-assessment select[name=dimension]")))
                .selectByVisibleText(dimension);
        fill("#record-assessment input[name=score]", score);
        fill("#record-assessment input[name=respondents]", "6");
        typeDate(browser.findElement(By.cssSelector("#record-assessment input[name=date]")), date);
        send("#record-assessment form");
    }

    private List<String> states() {
        return browser.findElements(By.cssSelector(".check-in .state")).stream().map(WebElement::getText).toList();
    }

    /** The page reads as words, passes axe-core, and is photographed at both widths. */
    private void checkedAndPhotographed(String name) {
        assertReadable(browser);
        assertAccessible(browser);
        photograph(name);
    }

    private static void person(Api admin, String username, String displayName) {
        admin.post("/api/admin/users", Map.of("username", username, "displayName", displayName,
                "roles", List.of("LEADER"), "password", Api.passwordOf(username)));
    }

    private static String currentQuarter() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    /** A date field takes what is typed in the browser's locale order; setting its value is locale-proof. */
    private void typeDate(WebElement field, LocalDate date) {
        script("arguments[0].value = arguments[1]", field, date.toString());
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** Submits a form of a whole page and waits for the page that answers it. */
    private void send(String formCss) {
        click(formCss + " button[type=submit]");
    }

    /**
     * Clicks a button that submits its form and waits for the page that answers it: a mark left on the old page's
     * window is gone from the new one (asking the old page's elements whether they are stale races with the
     * navigation in this Chromium).
     */
    private void click(String buttonCss) {
        script("window.beforeTheClick = true");
        browser.findElement(By.cssSelector(buttonCss)).click();
        waitUntil(() -> Boolean.TRUE.equals(
                script("return window.beforeTheClick === undefined && document.readyState === 'complete'")));
    }
}
