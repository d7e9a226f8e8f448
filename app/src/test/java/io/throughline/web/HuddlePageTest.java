package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.support.Api;
import io.throughline.support.EventLog;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The weekly huddle run from one form in a real Chromium, and what the team page then shows of it. */
@ThroughlineIntegrationTest
class HuddlePageTest extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final String SCRIPT_WIN = "<script>alert(1)</script>";
    static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    JdbcTemplate sql;

    String hana;
    String hugo;
    Api lead;
    String team;
    String logos;
    String renewals;
    String pipeline;

    @BeforeEach
    void aTeamWithTwoPrioritiesAndAKpi() {
        int n = UNIQUE.incrementAndGet();
        hana = "hana" + n;
        hugo = "hugo" + n;
        Api admin = new Api(port);
        String company = admin.company("Huddle Page Co " + n, hana);
        lead = admin.as(hana);
        admin.people(hugo);
        team = lead.create("/api/teams", Map.of("name", "Huddle Page Sales " + n, "parentTeamId", company));
        ok(lead.send("PUT", "/api/teams/" + team + "/lead", Map.of("personId", hana)));
        ok(lead.post("/api/teams/" + team + "/members", Map.of("personId", hugo)));
        String quarter = Quarter.of(TODAY).value();
        logos = lead.create("/api/priorities", Map.of("teamId", team, "quarter", quarter, "title", "Win logos " + n,
                "ownerId", hugo));
        renewals = lead.create("/api/priorities", Map.of("teamId", team, "quarter", quarter, "title", "Renewals " + n,
                "ownerId", hana));
        pipeline = lead.create("/api/metrics", Map.of("teamId", team, "name", "Pipeline", "unit", "k€", "target", 500,
                "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", hugo));
        eventually(() -> assertThat(lead.get("/api/teams/" + team + "/dashboard?quarter=" + quarter).body()
                .toString()).contains(logos).contains(renewals));
        signIn(hana);
    }

    @Test
    void aHuddleRunFromTheFormShowsOnTheTeamPage() {
        open("/teams/" + team);
        browser.findElement(By.id("run-huddle")).click();
        waitUntil(() -> browser.getCurrentUrl().endsWith("/huddle"));

        report(logos, "AT_RISK", "legal is slow");
        report(renewals, "ON_TRACK", "all signed");
        type("metrics[0].value", "412.5");
        type("stuck[0].description", "Legal review queue");
        new Select(browser.findElement(By.name("stuck[0].ownerId"))).selectByValue(hugo);
        new Select(browser.findElement(By.name("stuck[0].priorityId"))).selectByValue(logos);
        type("wins", "Two renewals signed early\n" + SCRIPT_WIN);
        script("window.scrollTo(0, 0)");
        screenshot("huddle");
        browser.findElement(By.id("record")).click();

        waitUntil(() -> !browser.getCurrentUrl().contains("/huddle"));
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        String last = browser.findElement(By.id("last-huddle")).getText();
        assertThat(last).contains("facilitated by " + hana).contains("Two renewals signed early").contains(SCRIPT_WIN)
                .contains("legal is slow").contains("412.5");
        assertThat(browser.findElements(By.cssSelector(".wins li"))).extracting(WebElement::getText)
                .containsExactly("Two renewals signed early", SCRIPT_WIN);
        String stuck = browser.findElement(By.id("stuck")).getText();
        assertThat(stuck).contains("Legal review queue").contains(hugo).contains("raised today").contains("Win logos");
        assertThat(statusOn(logos)).isEqualTo("At risk");
        assertThat(statusOn(renewals)).isEqualTo("On track");
        assertThat(browser.findElement(By.xpath("//section[h2='Scorecard']")).getText()).contains("412.5");
        screenshot("team-huddle");
    }

    @Test
    void aStuckItemWithoutOwnerIsRefusedAtItsInputKeepsEverythingTypedAndStoresNothing() {
        long events = new EventLog(sql).allEvents();
        open("/teams/" + team + "/huddle");
        report(logos, "OFF_TRACK", "typed comment");
        type("metrics[0].value", "99");
        type("stuck[1].description", "Nobody owns this");
        type("wins", "Kept win");
        browser.findElement(By.id("record")).click();

        waitUntil(() -> !browser.findElements(By.id("refusal")).isEmpty());
        assertThat(errorAt("stuck[1].ownerId")).contains("is required");
        assertThat(browser.findElements(By.cssSelector(".error"))).hasSize(1);
        assertThat(valueOf("stuck[1].description")).isEqualTo("Nobody owns this");
        assertThat(valueOf("metrics[0].value")).isEqualTo("99");
        assertThat(valueOf("wins")).isEqualTo("Kept win");
        WebElement row = rowOf(logos);
        assertThat(row.findElement(By.cssSelector("input[name$='.comment']")).getAttribute("value")).isEqualTo("typed comment");
        assertThat(new Select(row.findElement(By.cssSelector("select[name$='.status']"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("OFF_TRACK");
        screenshot("huddle-refused");

        assertThat(new EventLog(sql).allEvents()).isEqualTo(events);
        assertThat(lead.get("/api/priorities/" + logos).body().get("status").asText()).isEqualTo("NOT_STARTED");
    }

    @Test
    void aSecondHuddleOnTheSameDayIsRefusedAtTheDate() {
        ok(lead.post("/api/teams/" + team + "/huddles", Map.of("date", TODAY.toString(), "wins", List.of("First"))));
        long events = new EventLog(sql).allEvents();
        open("/teams/" + team + "/huddle");
        report(renewals, "AT_RISK", "second time today");
        type("wins", "Again");
        browser.findElement(By.id("record")).click();

        waitUntil(() -> !browser.findElements(By.id("refusal")).isEmpty());
        assertThat(errorAt("date")).contains("already recorded");
        assertThat(valueOf("wins")).isEqualTo("Again");
        assertThat(rowOf(renewals).findElement(By.cssSelector("input[name$='.comment']")).getAttribute("value"))
                .isEqualTo("second time today");
        assertThat(new EventLog(sql).allEvents()).isEqualTo(events);
        assertThat(lead.get("/api/priorities/" + renewals).body().get("status").asText()).isEqualTo("NOT_STARTED");
    }

    @Test
    void theHuddleAndTheTeamPageFitAPhone() {
        ok(lead.post("/api/teams/" + team + "/huddles", Map.of("date", TODAY.toString(),
                "stuck", List.of(Map.of("description", "A rather long description of something that is stuck",
                        "ownerId", hugo, "priorityId", logos)),
                "wins", List.of("A win worth telling everyone about at length"))));
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/teams/" + team + "/huddle");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        screenshot("huddle-phone");
        eventually(() -> {
            open("/teams/" + team);
            assertThat(browser.findElement(By.id("stuck")).getText()).contains("A rather long description");
        });
        assertThat(overflow()).isLessThanOrEqualTo(0);
        script("document.getElementById('last-huddle').scrollIntoView()");
        screenshot("team-huddle-phone");
    }

    @Test
    void anOpenStuckItemIsResolvedFromTheTeamPage() {
        ok(lead.post("/api/teams/" + team + "/huddles", Map.of("date", TODAY.toString(),
                "stuck", List.of(Map.of("description", "Waiting on legal", "ownerId", hugo)))));
        eventually(() -> {
            open("/teams/" + team);
            assertThat(browser.findElement(By.id("stuck")).getText()).contains("Waiting on legal");
        });
        browser.findElement(By.cssSelector("#stuck button")).click();
        waitUntil(() -> !browser.findElements(By.cssSelector("#stuck .error")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#stuck .error")).getText()).contains("must not be blank");

        browser.findElement(By.cssSelector("#stuck input[name=resolution]")).sendKeys("legal signed off");
        browser.findElement(By.cssSelector("#stuck button")).click();
        waitUntil(() -> browser.findElement(By.id("stuck")).getText().contains("Nothing is stuck"));
    }

    private void report(String priorityId, String status, String comment) {
        WebElement row = rowOf(priorityId);
        new Select(row.findElement(By.cssSelector("select[name$='.status']"))).selectByValue(status);
        row.findElement(By.cssSelector("input[name$='.comment']")).sendKeys(comment);
    }

    private static WebElement rowOf(String priorityId) {
        return browser.findElement(By.xpath("//input[@type='hidden' and @value='" + priorityId
                + "']/ancestor::div[contains(@class,'entry')]"));
    }

    private static void type(String name, String text) {
        WebElement input = browser.findElement(By.name(name));
        input.clear();
        input.sendKeys(text);
    }

    private static String valueOf(String name) {
        return browser.findElement(By.name(name)).getAttribute("value");
    }

    private static String errorAt(String name) {
        return browser.findElement(By.cssSelector(".error[data-for='" + name + "']")).getText();
    }

    private static String statusOn(String priorityId) {
        return browser.findElement(By.cssSelector("#priority-" + priorityId + " .status")).getText();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 299);
    }
}
