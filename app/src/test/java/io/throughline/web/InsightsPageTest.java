package io.throughline.web;

import io.throughline.insight.InsightHistory;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor reads {@code /insights} for a team on the history of {@link InsightHistory}: each figure drawn as a chart
 * with its numbers in a table beside it, people by name, statuses and months in words; and on a phone.
 */
@ThroughlineIntegrationTest
class InsightsPageTest extends BrowserTest {

    @Test
    void anAuditorReadsEachFigureAsAChartAndATable() {
        Api admin = new Api(port);
        InsightHistory history = new InsightHistory(admin, "-page");
        admin.as("ivy-page", "AUDITOR");
        signIn("ivy-page");
        open("/insights?quarter=2026-Q3&team=" + history.company);

        assertThat(textOf("nav")).contains("Insights");
        assertThat(rowsOf("#calibration > table.figure")).containsExactly(
                "0–3 1 0 0%", "4–6 1 1 100%", "7–8 2 1 50%", "9–10 1 0 0%");
        reveal("#calibration details table");
        assertThat(rowsOf("#calibration details table.figure"))
                .contains("Field -page 7–8 2 50%", "finn-page 4–6 1 100%");
        assertThat(rowsOf("#time-in-status table.figure")).contains(
                "Field -page 3 133 10 61 1 1 1 2",
                "Open two branches Field -page fay-page Missed 31 0 61 1 2",
                "Hire two engineers Field -page finn-page Carried over 92 0 0 0 0",
                "Win logos Field -page finn-page Done 10 10 0 0 0");
        assertThat(rowsOf("#rhythm table.figure")).contains(
                "Field -page 3 13.14 0.23",
                "Field -page 1 2 33.33%",
                "finn-page Jul 2026 1",
                "finn-page Aug 2026 1",
                "Q3 2026 3 4 75%");
        assertThat(browser.findElements(By.cssSelector(".insight-chart canvas"))).as("a chart per figure").hasSize(6);
        assertThat(browser.findElement(By.linkText("Every priority as CSV")).getAttribute("href"))
                .endsWith("/api/insights/priorities.csv?quarter=2026-Q3&teamId=" + history.company);
        assertReadable(browser);
        assertAccessible(browser);
        screenshotsOf("insights-status", "#time-in-status");
        screenshotsOf("insights-rhythm", "#rhythm");

        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(overflow()).as("fits a phone").isLessThanOrEqualTo(0);
        assertThat(rowsOf("#rhythm table.figure")).as("the same words, the rows stacked")
                .contains("Field -page 3 13.14 0.23");
        photograph("insights");
    }

    /** Each body row of the tables as the words a reader sees, cells joined by a space. */
    private List<String> rowsOf(String tables) {
        return browser.findElements(By.cssSelector(tables + " tbody tr")).stream()
                .map(row -> String.join(" ", row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText).toList()))
                .toList();
    }
}
