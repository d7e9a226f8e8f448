package io.throughline.web;

import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The KPI page and the scorecard's sparklines in a real headless Chromium: chart, table, recording, correcting. */
@ThroughlineIntegrationTest
class MetricPageTest extends BrowserTest {

    static final String SCRIPT_NAME = "<script>alert(1)</script>";
    static final AtomicInteger UNIQUE = new AtomicInteger();
    static final Period THIS_MONTH = Period.of(Cadence.MONTHLY, LocalDate.now(ZoneOffset.UTC));
    static final Period LAST_MONTH = THIS_MONTH.previous();
    static final Period TWO_MONTHS_AGO = LAST_MONTH.previous();

    Api lead;
    String team;
    String pipeline;

    @BeforeEach
    void scorecard() {
        int n = UNIQUE.incrementAndGet();
        String kim = "kim" + n;
        Api admin = new Api(port);
        String company = admin.company("Kpi Co " + n, kim);
        lead = admin.as(kim);
        team = lead.create("/api/teams", Map.of("name", "Kpi Sales " + n, "parentTeamId", company));
        pipeline = define("Pipeline " + n);
        record(pipeline, TWO_MONTHS_AGO, 420);
        record(pipeline, LAST_MONTH, 480);
        eventually(() -> assertThat(lead.get("/api/metrics/" + pipeline).body().get("values")).hasSize(2));
        signIn(kim);
    }

    @Test
    void theKpiPageShowsTheDefinitionTheChartAndEveryValue() {
        open("/metrics/" + pipeline);

        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Pipeline");
        assertThat(browser.findElement(By.cssSelector(".kpi-definition")).getText())
                .contains("500 k€").contains("Higher is better").contains("Monthly");
        waitUntil(() -> !browser.findElements(By.cssSelector("#chart .uplot canvas")).isEmpty());
        assertThat(legend()).containsExactly("Period", "Value", "Target");
        assertThat(row(TWO_MONTHS_AGO).getText()).contains("420");
        assertThat(row(LAST_MONTH).getText()).contains("480");
        assertThat(browser.findElement(By.cssSelector("a.back")).getAttribute("href")).endsWith("/teams/" + team);
    }

    @Test
    void aValueRecordedFromTheFormAppearsInTheTableAndTheChart() {
        open("/metrics/" + pipeline);
        assertThat(field("record", "period").getAttribute("value")).isEqualTo(THIS_MONTH.value());
        field("record", "value").sendKeys("510");
        field("record", "note").sendKeys("best month yet");
        press("record");

        waitUntil(() -> !browser.findElements(By.id("value-" + THIS_MONTH)).isEmpty());
        assertThat(row(THIS_MONTH).getText()).contains("510").contains("best month yet");
        waitUntil(() -> !browser.findElements(By.cssSelector("#chart .uplot")).isEmpty());
        assertThat(script("return JSON.parse(document.getElementById('chart-data').textContent).values"))
                .asString().isEqualTo("[420, 480, 510]");
    }

    @Test
    void aPeriodThatAlreadyHasAValueIsRefusedNextToThePeriodKeepingWhatWasTyped() {
        open("/metrics/" + pipeline);
        new Select(field("record", "period")).selectByValue(LAST_MONTH.value());
        field("record", "value").sendKeys("999");
        field("record", "note").sendKeys("typed again");
        press("record");

        waitUntil(() -> !browser.findElements(By.id("error-record-period")).isEmpty());
        assertThat(browser.findElement(By.id("error-record-period")).getText()).contains("already has a value");
        assertThat(field("record", "period").getAttribute("value")).isEqualTo(LAST_MONTH.value());
        assertThat(field("record", "value").getAttribute("value")).isEqualTo("999");
        assertThat(field("record", "note").getAttribute("value")).isEqualTo("typed again");
        assertThat(row(LAST_MONTH).getText()).contains("480").doesNotContain("999");
    }

    @Test
    void aCorrectionNeedsAReasonAndThenShowsTheNewValueBesideTheOriginal() {
        open("/metrics/" + pipeline);
        new Select(field("correct", "period")).selectByValue(LAST_MONTH.value());
        field("correct", "value").sendKeys("490");
        press("correct");

        waitUntil(() -> !browser.findElements(By.id("error-correct-reason")).isEmpty());
        assertThat(browser.findElement(By.id("error-correct-reason")).getText()).isEqualTo("must not be blank");
        assertThat(field("correct", "value").getAttribute("value")).isEqualTo("490");
        assertThat(new Select(field("correct", "period")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(LAST_MONTH.value());

        field("correct", "reason").sendKeys("a late deal was booked");
        press("correct");
        waitUntil(() -> !row(LAST_MONTH).findElements(By.cssSelector(".original")).isEmpty());
        WebElement corrected = row(LAST_MONTH);
        assertThat(corrected.findElement(By.cssSelector(".value")).getText()).isEqualTo("490 k€");
        assertThat(corrected.findElement(By.cssSelector(".original")).getText()).isEqualTo("480 k€");
        assertThat(corrected.findElement(By.cssSelector(".correction")).getText()).contains("a late deal was booked")
                .contains("kim");
        browser.manage().window().setSize(new Dimension(1280, 1700));
        screenshot("metric");
    }

    @Test
    void theTeamScorecardShowsASparklinePerKpiAndLinksToItsPage() {
        String fresh = define("Demos " + UNIQUE.get());
        record(fresh, LAST_MONTH, 3);
        eventually(() -> assertThat(lead.get("/api/metrics/" + fresh).body().get("values")).hasSize(1));
        open("/teams/" + team);

        for (String metric : List.of(pipeline, fresh)) {
            assertThat(browser.findElements(By.cssSelector("#metric-" + metric + " svg.sparkline"))).as(metric).hasSize(1);
        }
        assertThat(browser.findElements(By.cssSelector("#metric-" + pipeline + " svg.sparkline polyline"))).hasSize(1);
        screenshot("team-scorecard");

        browser.findElement(By.cssSelector("#metric-" + pipeline + " a")).click();
        waitUntil(() -> browser.getCurrentUrl().endsWith("/metrics/" + pipeline));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Pipeline");
    }

    @Test
    void aRetiredKpiSaysSoAndOffersNoForms() {
        assertThat(lead.post("/api/metrics/" + pipeline + "/retire", Map.of("reason", "replaced")).status()).isEqualTo(200);
        eventually(() -> assertThat(lead.get("/api/metrics/" + pipeline).body().get("metric").get("retired").asBoolean())
                .isTrue());
        open("/metrics/" + pipeline);

        assertThat(browser.findElement(By.cssSelector(".kpi-head .retired")).getText()).isEqualTo("Retired");
        assertThat(browser.findElements(By.cssSelector("#record, #correct"))).isEmpty();
        assertThat(row(LAST_MONTH).getText()).contains("480");
    }

    @Test
    void userTextStaysTextAndThePagesFitAPhone() {
        String scripted = define(SCRIPT_NAME);
        open("/metrics/" + scripted);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(SCRIPT_NAME);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : new String[]{"/metrics/" + pipeline, "/teams/" + team}) {
            open(page);
            assertThat(overflow()).as(page).isLessThanOrEqualTo(0);
        }
        open("/metrics/" + pipeline);
        waitUntil(() -> !browser.findElements(By.cssSelector("#chart .uplot canvas")).isEmpty());
        assertThat(overflow()).isLessThanOrEqualTo(0);
        browser.manage().window().setSize(new Dimension(390, 2200));
        screenshot("metric-phone");
    }

    /** A monthly KPI of the team, once its page can show it. */
    @Test
    void aLongHistoryShowsItsLatestValuesWithTheWholeOfItOneLinkAway() {
        Period period = TWO_MONTHS_AGO;
        for (int i = 0; i < MetricPage.SHOWN_VALUES; i++) {
            period = period.previous();
            record(pipeline, period, 100 + i);
        }
        Period oldest = period;
        eventually(() -> assertThat(lead.get("/api/metrics/" + pipeline).body().get("values"))
                .hasSize(MetricPage.SHOWN_VALUES + 2));

        open("/metrics/" + pipeline);
        assertThat(browser.findElement(By.cssSelector("#values h2")).getText()).isEqualTo("The latest 104 values");
        assertThat(row(LAST_MONTH).getText()).contains("480");
        assertThat(browser.findElements(By.id("value-" + oldest))).isEmpty();

        browser.findElement(By.linkText("the page of every value")).click();
        assertThat(browser.findElement(By.cssSelector("#values h2")).getText()).isEqualTo("All values");
        assertThat(row(oldest).getText()).contains(String.valueOf(100 + MetricPage.SHOWN_VALUES - 1));
    }

    private String define(String name) {
        String metric = lead.create("/api/metrics", Map.of("teamId", team, "name", name, "unit", "k€", "target", 500,
                "direction", "HIGHER_IS_BETTER", "cadence", "MONTHLY", "ownerId", "kim" + UNIQUE.get()));
        eventually(() -> assertThat(lead.get("/api/metrics/" + metric).status()).isEqualTo(200));
        return metric;
    }

    private void record(String metric, Period period, int value) {
        assertThat(lead.post("/api/metrics/" + metric + "/values", Map.of("period", period.value(), "value", value))
                .status()).isEqualTo(201);
    }

    private static WebElement field(String form, String name) {
        return browser.findElement(By.id(form + "-" + name));
    }

    private static void press(String form) {
        browser.findElement(By.cssSelector("#" + form + " button[type=submit]")).click();
    }

    private static WebElement row(Period period) {
        return browser.findElement(By.id("value-" + period));
    }

    private List<String> legend() {
        return browser.findElements(By.cssSelector("#chart .u-legend .u-series th")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }
}
