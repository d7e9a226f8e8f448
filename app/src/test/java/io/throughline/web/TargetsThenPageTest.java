package io.throughline.web;

import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.EventTime.at;
import static io.throughline.support.EventTime.realTime;
import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium: a weekly KPI whose target went from 100 to 120 in the middle of last week reads, on its
 * page, each value with the target then and its colour in words; an auditor in Paris sees the team's scorecard as it
 * read before the change, picked in local time.
 */
@ThroughlineIntegrationTest
class TargetsThenPageTest extends BrowserTest {

    static final AtomicInteger UNIQUE = new AtomicInteger();
    static final String PARIS = "Europe/Paris";
    static final Period LAST_WEEK = Period.of(Cadence.WEEKLY, LocalDate.now(ZoneOffset.UTC)).previous();
    static final Period TWO_WEEKS_AGO = LAST_WEEK.previous();
    static final Instant DEFINED = TWO_WEEKS_AGO.firstDay().minusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC);
    static final Instant RAISED = LAST_WEEK.firstDay().plusDays(2).atTime(15, 0).toInstant(ZoneOffset.UTC);

    int n;
    String lead;
    String team;
    String metric;

    @BeforeEach
    void aTargetRaisedInTheMiddleOfLastWeek() {
        n = UNIQUE.incrementAndGet();
        lead = "tess" + n;
        Api admin = new Api(port);
        at(DEFINED);
        team = admin.company("Renewals Then " + n, lead);
        Api tess = admin.as(lead);
        metric = tess.create("/api/metrics", Map.of("teamId", team, "name", "Renewals", "unit", "contracts",
                "target", 100, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", lead));
        assertThat(tess.post("/api/metrics/" + metric + "/values", Map.of("period", TWO_WEEKS_AGO.value(),
                "value", 101)).status()).isEqualTo(201);
        at(RAISED);
        assertThat(tess.send("PATCH", "/api/metrics/" + metric, Map.of("target", 120,
                "reason", "board raised the bar")).status()).isEqualTo(200);
        assertThat(tess.post("/api/metrics/" + metric + "/values", Map.of("period", LAST_WEEK.value(), "value", 115))
                .status()).isEqualTo(201);
        realTime();
        eventually(() -> assertThat(tess.get("/api/metrics/" + metric).body().get("targets")).hasSize(2));
    }

    @AfterEach
    void backToRealTime() {
        realTime();
    }

    @Test
    void theKpiPageShowsTheTargetEachValueWasJudgedAgainst() {
        signIn(lead);
        open("/metrics/" + metric);

        assertThat(textOf("#kpi-target")).isEqualTo("120 contracts");
        assertThat(textOf("#values thead")).as("headers in capitals").contains("TARGET THEN");
        assertThat(textOf("#value-" + TWO_WEEKS_AGO + " .target-then")).isEqualTo("100 contracts On target");
        assertThat(textOf("#value-" + LAST_WEEK + " .target-then")).isEqualTo("120 contracts Near target");
        assertThat(browser.findElement(By.cssSelector("#value-" + TWO_WEEKS_AGO + " .target-then .status"))
                .getAttribute("class")).contains("colour-GREEN");
        assertThat(textOf("#chart-key")).contains("the dashed line is the target in force at the end of each period, "
                + "stepping where it changed");
        assertThat(script("return JSON.parse(document.getElementById('chart-data').textContent).targets"))
                .isEqualTo(List.of(100L, 120L));
        waitUntil(() -> !browser.findElements(By.cssSelector("#chart .uplot canvas")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#chart .u-legend .u-series th"))).extracting(WebElement::getText)
                .map(String::trim).containsExactly("Period", "Value", "Target");
        screenshotsOf("kpi-target-steps", ".kpi-chart");
        screenshotsOf("kpi-targets-then", "#values");
    }

    @Test
    void anAuditorSeesTheScorecardAsItReadBeforeTheTargetChanged() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", PARIS));
        String auditor = "audrey" + n;
        new Api(port).as(auditor, "AUDITOR");
        signIn(auditor);
        open("/audit");
        LocalDateTime beforeTheChange = LocalDateTime.ofInstant(RAISED.minusSeconds(3600), ZoneId.of(PARIS));
        new Select(browser.findElement(By.id("scorecard-team"))).selectByVisibleText("Renewals Then " + n);
        script("arguments[0].value = arguments[1]", browser.findElement(By.id("scorecard-as-of-instant")),
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(beforeTheChange));
        clickThrough("#show-scorecard");

        assertThat(textOf("#scorecard-then h3")).isEqualTo("Renewals Then " + n + " as of "
                + DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH).format(beforeTheChange)
                + " (" + PARIS + ")");
        String line = textOf("#then-" + metric);
        assertThat(line).startsWith("Renewals · ")
                .contains(": 101 contracts On target")
                .endsWith("· target then 100 contracts");
        assertThat(browser.findElement(By.cssSelector("#then-" + metric + " .status")).getAttribute("class"))
                .contains("colour-GREEN");
        assertThat(textOf("#scorecard-then .scorecard-grid")).contains("Renewals").contains("100 contracts")
                .contains("101");
        screenshotsOf("audit-scorecard-as-of", "#scorecard-as-of");

        script("arguments[0].value = arguments[1]", browser.findElement(By.id("scorecard-as-of-instant")),
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(LocalDateTime.now(ZoneId.of(PARIS)).plusDays(1)));
        clickThrough("#show-scorecard");
        assertThat(textOf("#scorecard-as-of .error")).isEqualTo("must not be in the future");
    }
}
