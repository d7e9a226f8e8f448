package io.throughline.web;

import io.throughline.kernel.me.GetMyWeek;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The owner of more KPIs than a page holds sees them a page at a time, by name, and can walk to every one. */
@ThroughlineIntegrationTest
class MyWeekOfManyKpisTest extends BrowserTest {

    @Test
    void theKpisOfAnOwnerOfManyComeAPageAtATime() {
        Api admin = new Api(port);
        String lead = "kpi-collector";
        String company = admin.company("Many Kpis Co", lead);
        Api owner = admin.as(lead);
        int owned = GetMyWeek.KPIS_PER_PAGE + 2;
        IntStream.rangeClosed(1, owned).forEach(k -> owner.create("/api/metrics", Map.of("teamId", company,
                "name", String.format("KPI %02d", k), "target", 1, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY",
                "ownerId", lead)));
        eventually(() -> assertThat(owner.get("/api/teams/" + company + "/scorecard").body().get("metrics"))
                .hasSize(owned));
        signIn(lead);

        assertThat(names()).hasSize(GetMyWeek.KPIS_PER_PAGE).startsWith("KPI 01").endsWith("KPI 25");
        assertThat(browser.findElement(By.id("kpi-range")).getText()).isEqualTo("KPIs 1–25 of 27");

        browser.findElement(By.cssSelector("#kpis a[rel=next]")).click();
        assertThat(names()).containsExactly("KPI 26", "KPI 27");
        assertThat(browser.findElement(By.id("kpi-range")).getText()).isEqualTo("KPIs 26–27 of 27");
        assertThat(browser.findElements(By.cssSelector("#kpis a[rel=next]"))).isEmpty();
        browser.findElement(By.cssSelector("#kpis a[rel=prev]")).click();
        assertThat(names()).first().isEqualTo("KPI 01");
    }

    private List<String> names() {
        return browser.findElements(By.cssSelector("#kpis .my-kpi h3 a")).stream().map(WebElement::getText).toList();
    }
}
