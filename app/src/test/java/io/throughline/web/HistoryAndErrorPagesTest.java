package io.throughline.web;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a leader and an auditor read of the past: a priority's history and the organisation's log as sentences with
 * names and reasons, every entry of the log a page away; and a browser that opens what it may not, or what is not
 * there, meets a page in the app's layout while the API keeps answering problem+json.
 */
@ThroughlineIntegrationTest
class HistoryAndErrorPagesTest extends BrowserTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Test
    void aReassignedAndDroppedPriorityTellsItsHistoryInSentences() {
        int n = UNIQUE.incrementAndGet();
        String marcus = person("history-marcus" + n, "Marcus Webb");
        String tom = person("history-tom" + n, "Tom Hale");
        String nina = person("history-nina" + n, "Nina Berg");
        Api admin = new Api(port);
        String company = admin.company("History Co " + n, marcus);
        Api lead = admin.as(marcus);
        for (String member : List.of(tom, nina)) {
            assertThat(lead.post("/api/teams/" + company + "/members", Map.of("personId", member)).status()).isEqualTo(204);
        }
        String logos = lead.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Win logos", "ownerId", tom));
        assertThat(lead.post("/api/priorities/" + logos + "/status", Map.of("status", "AT_RISK",
                "comment", "Legal redlines take 3 weeks", "confidence", 4)).status()).isEqualTo(200);
        assertThat(lead.post("/api/priorities/" + logos + "/owner", Map.of("newOwnerId", nina,
                "reason", "Tom takes over reseller work")).status()).isEqualTo(200);
        assertThat(lead.post("/api/priorities/" + logos + "/drop", Map.of("reason", "No budget this quarter"))
                .status()).isEqualTo(200);

        signIn(marcus);
        eventually(() -> {
            open("/priorities/" + logos);
            assertThat(sentences()).hasSize(4);
        });
        assertThat(sentences()).as("newest first").containsExactly(
                "Marcus Webb dropped it: No budget this quarter",
                "Marcus Webb reassigned it from Tom Hale to Nina Berg — Tom takes over reseller work",
                "Marcus Webb reported At risk (confidence 4): Legal redlines take 3 weeks",
                "Marcus Webb assigned it to Tom Hale for Q4 2026");
        assertThat(textOf("#history .story > li:nth-child(3) .field-lines")).isEqualTo("Status: Not started → At risk");
        WebElement when = browser.findElement(By.cssSelector("#history .story time"));
        assertThat(when.getText()).isEqualTo("just now");
        assertThat(when.getAttribute("title")).as("the exact instant on hover").matches(".* \\d{4}, \\d{2}:\\d{2} UTC");
        assertReadable(browser);
        assertAccessible(browser);
        screenshots("history", "#history");

        clickThrough("#history-order");
        assertThat(sentences().get(0)).isEqualTo("Marcus Webb assigned it to Tom Hale for Q4 2026");
        assertThat(textOf("#history-order")).isEqualTo("Show newest first");
    }

    @Test
    void theAuditLogReadsAsSentencesAndEveryEntryIsOnSomePage() {
        int n = UNIQUE.incrementAndGet();
        String dana = person("history-dana" + n, "Dana Lee");
        Api admin = new Api(port);
        String company = admin.company("Ledger Holding " + n, dana);
        Api lead = admin.as(dana);
        String team = lead.create("/api/teams", Map.of("name", "Ledger Co " + n, "parentTeamId", company));
        assertThat(lead.post("/api/teams/" + team + "/members", Map.of("personId", dana)).status()).isEqualTo(204);
        String priority = lead.create("/api/priorities", Map.of("teamId", team, "quarter", "2026-Q4",
                "title", "Close the books", "ownerId", dana));
        assertThat(lead.post("/api/priorities/" + priority + "/drop", Map.of("reason", "Outsourced")).status())
                .isEqualTo(200);
        for (int i = 1; i <= 52; i++) {
            assertThat(lead.send("PATCH", "/api/teams/" + team, Map.of("name", "Ledger Co " + n + (i == 52 ? "" : " v" + i)))
                    .status()).isEqualTo(204);
        }
        String auditor = "ada" + n;
        Api audits = admin.as(auditor, "AUDITOR");
        eventually(() -> assertThat(audits.get("/api/audit?teamId=" + team).body().get("totalElements").asLong())
                .isGreaterThanOrEqualTo(56));
        long total = audits.get("/api/audit?teamId=" + team).body().get("totalElements").asLong();

        signIn(auditor);
        open("/audit?teamId=" + team);
        assertThat(textOf(".audit-log tbody")).contains("Dana Lee renamed the team “Ledger Co " + n + " v50” to “Ledger Co " + n + " v51”");
        browser.manage().window().setSize(new Dimension(1440, 900));
        assertThat(browser.findElement(By.cssSelector(".audit-log td.what")).getSize().getWidth())
                .as("the sentences' column is not crushed").isGreaterThan(500);
        assertThat(browser.findElement(By.cssSelector(".audit-log td.when")).getSize().getWidth()).isGreaterThan(140);
        screenshots("audit-log", "#log");
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(overflow()).as("the log fits a phone").isLessThanOrEqualTo(0);
        browser.manage().window().setSize(new Dimension(1280, 900));

        Set<String> seen = new HashSet<>();
        List<String> numbers = new ArrayList<>();
        StringBuilder everyPage = new StringBuilder();
        while (true) {
            assertReadable(browser);
            assertAccessible(browser);
            everyPage.append(textOf(".audit-log tbody"));
            browser.findElements(By.cssSelector(".audit-log td.seq")).forEach(cell -> numbers.add(cell.getText()));
            if (browser.findElements(By.id("next-page")).isEmpty()) {
                break;
            }
            clickThrough("#next-page");
        }
        seen.addAll(numbers);
        assertThat(numbers).as("every entry once").hasSize((int) total);
        assertThat(seen).hasSize((int) total);
        assertThat(everyPage).contains("Dana Lee dropped “Close the books”: Outsourced")
                .contains("Dana Lee assigned “Close the books” to Dana Lee for Q4 2026");
        assertThat(textOf(".audit-log tbody tr:last-child .what")).contains("Dana Lee registered the team");
        clickThrough("#first-page");
        clickThrough("#last-page");
        assertThat(textOf("#page-of")).startsWith("Page 2 of 2");

        clickThrough("#order-toggle");
        assertThat(textOf("#log-order")).isEqualTo("Oldest first.");
        assertThat(textOf("#page-of")).startsWith("Page 1 of 2");
        assertThat(textOf(".audit-log tbody tr:first-child .what")).contains("Dana Lee registered the team");
        assertThat(textOf("#next-page")).isEqualTo("Newer ›");
        clickThrough("#order-toggle");
        assertThat(textOf(".audit-log tbody tr:first-child .seq")).isEqualTo(numbers.get(0));
    }

    @Test
    void aLeaderOpeningTheAuditLogIsToldInTheAppsLayoutThatItIsNotForThem() {
        int n = UNIQUE.incrementAndGet();
        String leader = person("leo" + n, "Leo Grant");
        Api leaders = new Api(port).as(leader);
        signIn(leader);
        open("/audit");
        assertThat(textOf("h1")).isEqualTo("Not allowed");
        assertThat(textOf("#error-detail")).contains("The audit log is for auditors, analysts and administrators");
        assertThat(browser.findElements(By.cssSelector("nav.nav a[href='/me']"))).as("the app's navigation").isNotEmpty();
        assertThat(textOf("nav.nav .who")).as("signed in, by name").isEqualTo("Leo Grant");
        assertReadable(browser);
        assertAccessible(browser);
        screenshots("error-403", null);

        assertThat(asBrowser("/audit", "text/html")).satisfies(page -> {
            assertThat(page.statusCode()).isEqualTo(403);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        });
        Api.Response api = leaders.get("/api/audit");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownAddressPriorityOrQuarterIsAPageForABrowserAndAProblemForJson() {
        int n = UNIQUE.incrementAndGet();
        String leader = "lou" + n;
        String company = new Api(port).company("Error Co " + n, leader);
        signIn(leader);
        open("/priorities/no-such-priority");
        assertThat(textOf("h1")).isEqualTo("Not found");
        assertThat(textOf("#error-detail")).startsWith("No priority is known by this address");
        assertReadable(browser);
        assertAccessible(browser);
        screenshots("error-404", null);
        open("/teams/" + company + "?quarter=2026-Q9");
        assertThat(textOf("h1")).isEqualTo("That address cannot be read");
        assertThat(textOf("#error-detail")).contains("quarter").contains("'2026-Q9'");
        // Not assertReadable: the page rightly quotes the address's own code back.
        assertAccessible(browser);
        screenshots("error-400", null);

        HttpResponse<String> page = asBrowser("/priorities/no-such-priority", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        HttpResponse<String> json = asBrowser("/priorities/no-such-priority", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> badQuarter = asBrowser("/teams/" + company + "?quarter=2026-Q9", "application/json");
        assertThat(badQuarter.statusCode()).isEqualTo(400);
        assertThat(badQuarter.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        Api.Response api = new Api(port).as(leader).get("/api/priorities/no-such-priority");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.contentType()).startsWith("application/problem+json");

        open("/no-such-page");
        assertThat(textOf("h1")).isEqualTo("Not found");
        assertThat(textOf("#error-detail")).startsWith("There is nothing at this address");
        Api.Response unknownApi = new Api(port).as(leader).get("/api/no-such-resource");
        assertThat(unknownApi.status()).isEqualTo(404);
        assertThat(unknownApi.contentType()).startsWith("application/problem+json");
    }

    private String person(String username, String displayName) {
        Api.Response created = new Api(port).post("/api/admin/users", Map.of("username", username,
                "displayName", displayName, "roles", List.of("LEADER"), "password", Api.passwordOf(username)));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return username;
    }

    private List<String> sentences() {
        return browser.findElements(By.cssSelector("#history .story .sentence")).stream().map(WebElement::getText)
                .toList();
    }

    /** The page as the signed-in browser's session would get it, asking for the given media type. */
    private HttpResponse<String> asBrowser(String path, String accept) {
        // Spring Session's cookie: the session is in PostgreSQL (migration V41), not the servlet container's.
        String session = browser.manage().getCookieNamed("SESSION").getValue();
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", "SESSION=" + session).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** At 1440 px ({@code name.png}) and 390 px ({@code name-phone.png}), scrolled to the element if given. */
    private void screenshots(String name, String scrollToCss) {
        for (Dimension size : new Dimension[]{new Dimension(1440, 900), new Dimension(390, 844)}) {
            browser.manage().window().setSize(size);
            if (scrollToCss != null) {
                script("arguments[0].scrollIntoView()", browser.findElement(By.cssSelector(scrollToCss)));
            }
            screenshot(size.getWidth() == 1440 ? name : name + "-phone");
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
