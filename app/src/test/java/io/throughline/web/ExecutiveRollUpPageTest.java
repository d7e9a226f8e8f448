package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.support.Api;
import io.throughline.support.EventTime;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a CEO reads on {@code /}: under each company priority, how what serves it stands ("2 of 5 at risk"), how old
 * each status report is, what is overdue; closed branches folded away; a filter down to the trouble; the company's
 * KPIs with sparklines; the team scorecard grid. Last quarter, so that a due date inside it has passed.
 * <pre>
 * Grow ARR (company)
 *   Win logos (Sales, at risk, reported 17 days ago: stale)
 *     Cold calls (Inbound, off track)
 *   Hire reps (Sales, at risk)
 *   Ship faster (Sales, on track, due the quarter's last day: overdue)
 *   Write docs (Sales, completed)
 *   Print brochures (Sales, dropped)
 * Keep customers (company)
 *   Call customers (Sales, on track)
 * </pre>
 */
@ThroughlineIntegrationTest
class ExecutiveRollUpPageTest extends BrowserTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    JdbcTemplate sql;

    @Test
    void aCeoReadsHowEachCompanyPriorityStandsByWhatServesIt() {
        int n = UNIQUE.incrementAndGet();
        String ceo = "cleo" + n;
        Quarter quarter = Quarter.of(LocalDate.now(ZoneOffset.UTC).minusMonths(3));
        Api admin = new Api(port);
        String company = admin.company("Roll-up Co " + n, ceo);
        Api api = admin.as(ceo);
        String sales = api.create("/api/teams", Map.of("name", "Sales " + n, "parentTeamId", company));
        String inbound = api.create("/api/teams", Map.of("name", "Inbound " + n, "parentTeamId", sales));
        // the ceo still leads inbound herself, so she may own priorities at every level above it
        written(api.send("PUT", "/api/teams/" + inbound + "/lead", Map.of("personId", ceo)));
        Owner owner = new Owner(api, ceo, quarter);
        String grow = owner.assign(company, "Grow ARR " + n, null, Map.of());
        String keep = owner.assign(company, "Keep customers " + n, null, Map.of());
        String win = owner.assign(sales, "Win logos", grow, Map.of());
        String calls = owner.assign(inbound, "Cold calls", win, Map.of());
        String hire = owner.assign(sales, "Hire reps", grow, Map.of());
        String ship = owner.assign(sales, "Ship faster", grow, Map.of("dueDate", quarter.lastDay().toString()));
        String docs = owner.assign(sales, "Write docs", grow, Map.of());
        String print = owner.assign(sales, "Print brochures", grow, Map.of());
        String call = owner.assign(sales, "Call customers", keep, Map.of());
        // A report made 17 days ago: Win logos has gone quiet since.
        EventTime.at(Instant.now().minus(17, ChronoUnit.DAYS));
        try {
            report(api, win, "AT_RISK");
        } finally {
            EventTime.realTime();
        }
        report(api, calls, "OFF_TRACK");
        report(api, hire, "AT_RISK");
        report(api, ship, "ON_TRACK");
        report(api, call, "ON_TRACK");
        report(api, grow, "ON_TRACK");
        report(api, keep, "ON_TRACK");
        written(api.post("/api/priorities/" + docs + "/complete", Map.of("comment", "published")));
        written(api.post("/api/priorities/" + print + "/drop", Map.of("reason", "nobody reads paper")));
        eventually(() -> assertThat(sql.queryForObject("select count(*) from priority_view where reported_at is not null "
                + "and priority_id in (?, ?, ?, ?, ?)", Integer.class, win, calls, hire, ship, call)).isEqualTo(5));
        String arr = api.create("/api/metrics", Map.of("teamId", company, "name", "ARR " + n, "unit", "kEUR",
                "target", 12000, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", ceo));
        Period week = Period.of(Cadence.WEEKLY, LocalDate.now(ZoneOffset.UTC)).previous();
        List<Integer> values = List.of(10500, 11140, 12100);
        for (int i = 0; i < values.size(); i++) {
            Period period = week;
            for (int back = values.size() - 1 - i; back > 0; back--) {
                period = period.previous();
            }
            written(api.post("/api/metrics/" + arr + "/values", Map.of("period", period.value(), "value", values.get(i))));
        }

        signIn(ceo);
        open("/?quarter=" + quarter + "&team=" + company);
        WebElement growing = browser.findElement(By.id("branch-" + grow));
        assertThat(tallyOf(growing)).containsExactly("1 of 5 off track", "2 of 5 at risk", "1 of 5 on track",
                "1 of 5 done", "1 dropped");
        assertThat(tallyOf(browser.findElement(By.id("branch-" + keep)))).containsExactly("1 of 1 on track");
        assertThat(textOf("#branch-" + win)).contains("reported 17 days ago").contains("stale");
        assertThat(textOf("#branch-" + hire)).contains("reported ").doesNotContain("stale");
        assertThat(textOf("#branch-" + ship)).containsPattern("due [A-Z][a-z]{2} " + quarter.lastDay().getDayOfMonth()
                + " [A-Z][a-z]{2}").contains("overdue").doesNotContain(quarter.lastDay().toString());
        assertThat(browser.findElements(By.cssSelector("#branch-" + grow + " details[open]")))
                .as("completed and dropped branches are folded away").isEmpty();
        assertThat(textOf("#branch-" + docs)).contains("Done").contains("Write docs").doesNotContain("reported");
        screenshotsAt("dashboard-roll-up");

        browser.findElements(By.cssSelector("#branch-" + grow + " details > summary")).forEach(WebElement::click);
        Map<String, Long> statusesBelow = browser.findElements(By.cssSelector("#branch-" + grow + " li .node > .status"))
                .stream().collect(Collectors.groupingBy(WebElement::getText, Collectors.counting()));
        assertThat(statusesBelow).as("the tally counts the statuses shown below it")
                .isEqualTo(Map.of("Off track", 1L, "At risk", 2L, "On track", 1L, "Done", 1L, "Dropped", 1L));
        assertReadable(browser);
        assertAccessible(browser);

        assertThat(textOf("#kpi-" + arr)).contains("ARR " + n).contains("12,100 kEUR").contains("On target")
                .contains("target 12,000 kEUR");
        assertThat(browser.findElements(By.cssSelector("#kpi-" + arr + " svg.sparkline polyline"))).hasSize(1);
        WebElement row = browser.findElement(By.xpath("//table[@id='grid-WEEKLY']//tr[th//a[text()='ARR " + n + "']]"));
        List<WebElement> cells = row.findElements(By.cssSelector("td.cell"));
        assertThat(cells).hasSize(13);
        assertThat(cells.subList(10, 13)).extracting(cell -> cell.findElement(By.cssSelector("span")).getText())
                .containsExactly("10,500", "11,140", "12,100");
        assertThat(cells.get(12).getAttribute("class")).contains("colour-GREEN");
        assertThat(cells.get(10).getAttribute("class")).contains("colour-RED");
        assertThat(cells.get(12).findElement(By.cssSelector(".visually-hidden")).getAttribute("textContent"))
                .as("the colour in words, for a screen reader").isEqualTo(", on target");
        assertThat(cells.get(12).getAttribute("title")).startsWith("Week ").endsWith("): 12,100 kEUR, on target");

        browser.findElement(By.id("trouble-filter")).click();
        waitUntil(() -> browser.getCurrentUrl().contains("trouble=true"));
        assertThat(idsShown()).contains("branch-" + grow, "branch-" + win, "branch-" + calls, "branch-" + hire)
                .doesNotContain("branch-" + keep, "branch-" + ship, "branch-" + docs, "branch-" + call);
        assertThat(tallyOf(browser.findElement(By.id("branch-" + grow)))).as("the tally still counts all")
                .contains("2 of 5 at risk");
        screenshotsAt("dashboard-trouble-only");
        browser.findElement(By.id("trouble-filter")).click();
        waitUntil(() -> !browser.getCurrentUrl().contains("trouble=true"));
        assertThat(idsShown()).contains("branch-" + keep, "branch-" + ship);
    }

    /** Assigns the quarter's priorities, all owned by one person. */
    private record Owner(Api api, String owner, Quarter quarter) {

        String assign(String team, String title, String parent, Map<String, String> more) {
            Map<String, Object> body = new HashMap<>(Map.of("teamId", team, "quarter", quarter.value(), "title", title,
                    "ownerId", owner));
            if (parent != null) {
                body.put("parentPriorityId", parent);
            }
            body.putAll(more);
            return api.create("/api/priorities", body);
        }
    }

    private static void report(Api api, String priority, String status) {
        written(api.post("/api/priorities/" + priority + "/status", Map.of("status", status)));
    }

    private static void written(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 204);
    }

    private static List<String> tallyOf(WebElement branch) {
        return branch.findElements(By.cssSelector(":scope > .tally > .status")).stream().map(WebElement::getText).toList();
    }

    private List<String> idsShown() {
        return browser.findElements(By.cssSelector("#roll-up li[id]")).stream().map(li -> li.getAttribute("id")).toList();
    }

    /** The page at 1440 and 390 px, scrolled to each of its parts, never scrolling sideways. */
    private void screenshotsAt(String name) {
        for (Dimension size : new Dimension[]{new Dimension(1440, 900), new Dimension(390, 844)}) {
            browser.manage().window().setSize(size);
            assertThat(overflow()).as("no sideways scroll at " + size.getWidth() + " px").isLessThanOrEqualTo(0);
            for (String part : new String[]{"roll-up", "company-kpis", "scorecard"}) {
                script("document.getElementById(arguments[0]).scrollIntoView()", part);
                screenshot(name + "-" + part + "-" + size.getWidth());
            }
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
