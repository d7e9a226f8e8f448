package io.throughline.web;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader's morning, as the issue tells it, in a real browser: an admin adds the new lead, the company's lead adds a
 * team below, appoints that lead, frames the quarter and assigns priorities, one of them serving a company priority;
 * the team reports a status and drops a priority with a reason; the priority pages show parent, children and history;
 * an auditor sees the plan as it stood before the drop and what changed since. Every page is photographed.
 */
@ThroughlineIntegrationTest
class LeadersMorningTest extends BrowserTest {

    static final AtomicInteger UNIQUE = new AtomicInteger();

    @Test
    void aLeadersMorning() {
        int n = UNIQUE.incrementAndGet();
        // Added through the form, which refuses a taken name: none that other test classes on this database use.
        String lead = "lena-morning" + n;
        String boss = "mona" + n;
        Api admin = new Api(port);
        String company = admin.company("Morning Co " + n, boss);
        String grow = admin.as(boss).create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Grow ARR to 12M", "ownerId", boss));

        signIn("admin", Api.ADMIN_PASSWORD);
        open("/admin");
        fill("#add-person input[name=username]", lead);
        fill("#add-person input[name=displayName]", "Lena Lind");
        browser.findElement(By.cssSelector("#add-person input[value=LEADER]")).click();
        fill("#add-person input[name=password]", "short");
        submit("#add-person");
        assertThat(text("#add-person")).contains("at least 12 characters");
        assertThat(value("#add-person input[name=username]")).isEqualTo(lead);
        assertThat(browser.findElement(By.cssSelector("#add-person input[value=LEADER]")).isSelected()).isTrue();
        fill("#add-person input[name=password]", Api.passwordOf(lead));
        submit("#add-person");
        assertThat(text("#account-" + lead)).contains("Lena Lind").contains("Leader").contains("active");
        browser.findElement(By.id("grant-" + lead)).click();
        new Select(browser.findElement(By.id("grantable-" + lead))).selectByValue("AUDITOR");
        click("#confirm-grant-" + lead);
        assertThat(rolesOf(lead)).containsExactly("Auditor", "Leader");
        screenshot("admin");
        browser.findElement(By.id("revoke-" + lead + "-AUDITOR")).click();
        click("#confirm-revoke-" + lead + "-AUDITOR");
        assertThat(rolesOf(lead)).containsExactly("Leader");
        assertThat(text("#notice")).isEqualTo("Lena Lind is no longer Auditor");

        signIn(boss);
        open("/");
        browser.findElement(By.linkText("Morning Co " + n)).click();
        fill("#people input[name=name]", "Ops " + n);
        submitForm("#people input[name=name]");
        waitUntil(() -> browser.findElement(By.tagName("h1")).getText().startsWith("Ops " + n));
        String ops = browser.getCurrentUrl().replaceAll(".*/teams/([^?]+).*", "$1");
        fill("#people input[placeholder=username][aria-label=Lead]", lead);
        submitForm("#people input[aria-label=Lead]");
        assertThat(text(".meta")).contains("Led by Lena Lind");

        browser.findElement(By.cssSelector("#framing-form summary")).click();
        fill("#framing-form textarea[name=outcome]", "Every order ships within 24 hours");
        fill("#framing-form textarea[name=annualGoals]", "Best service in the region\nMargin 40%");
        submit("#framing-form form");
        assertThat(text(".framing")).contains("Every order ships within 24 hours").contains("Margin 40%");

        browser.findElement(By.cssSelector("#assign-form summary")).click();
        fill("#assign-form input[name=successCriterion]", "typed before the refusal");
        submit("#assign-form form");
        assertThat(text("#assign-form")).as("a title is required").contains("Title\nmust not be blank");
        assertThat(value("#assign-form input[name=successCriterion]")).isEqualTo("typed before the refusal");
        assign("Ship same day", "Grow ARR to 12M");
        assign("Side quest", null);
        String shipSameDay = idOfRow("Ship same day");
        String sideQuest = idOfRow("Side quest");

        String kpi = admin.as(boss).create("/api/metrics", Map.of("teamId", ops, "name", "Orders shipped late",
                "unit", "%", "target", 2, "direction", "LOWER_IS_BETTER", "cadence", "MONTHLY", "ownerId", lead));
        assertThat(admin.as(boss).post("/api/metrics/" + kpi + "/values", Map.of("period", "2026-10", "value", 6)).status())
                .isEqualTo(201);
        assertThat(admin.as(boss).post("/api/metrics/" + kpi + "/values", Map.of("period", "2026-11", "value", 3)).status())
                .isEqualTo(201);

        open("/teams/" + ops + "?quarter=2026-Q4");
        WebElement row = browser.findElement(By.id("priority-" + shipSameDay));
        reveal("#priority-" + shipSameDay + " .status-form");
        new Select(row.findElement(By.name("status"))).selectByValue("AT_RISK");
        row.findElement(By.name("comment")).sendKeys("carrier strike");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(() -> text("#priority-" + shipSameDay + " .status").equals("At risk"));
        eventually(() -> {
            open("/teams/" + ops + "?quarter=2026-Q4");
            assertThat(text("section:has(> h2)")).isNotEmpty();
            assertThat(browser.getPageSource()).contains("Orders shipped late");
        });
        screenshot("team");

        Instant beforeTheDrop = Instant.now();
        open("/priorities/" + sideQuest);
        reveal("#drop");
        fill("#drop input[name=reason]", "no capacity this quarter");
        browser.findElement(By.id("drop-confirmed")).click();
        submit("#drop");
        waitUntil(() -> !browser.findElements(By.id("reinstate")).isEmpty());

        open("/priorities/" + shipSameDay);
        assertThat(text("#parent")).contains("Grow ARR to 12M");
        reveal("#reassign");
        new Select(browser.findElement(By.cssSelector("#reassign select"))).selectByValue(lead);
        assertThat(text("#history")).containsPattern("assigned it to .+ for Q4 2026")
                .contains("reported At risk: carrier strike");
        screenshot("priority");
        open("/priorities/" + grow);
        assertThat(text("#children")).contains("Ship same day").contains("At risk");
        open("/?quarter=2026-Q4");
        assertThat(text(".cascade")).contains("Grow ARR to 12M").contains("Ship same day");
        screenshot("dashboard");

        String auditor = "otto" + n;
        admin.as(auditor, "AUDITOR");
        signIn(auditor);
        open("/audit?planTeam=" + ops + "&planQuarter=2026-Q4&asOf=" + beforeTheDrop
                + "&since=" + beforeTheDrop + "&until=" + Instant.now());
        assertThat(text("#plan-as-of")).contains("Side quest").contains("Ship same day").doesNotContain("DROPPED");
        assertThat(text("#plan-changes")).contains("Dropped Side quest");
        assertThat(value("#as-of input[name=asOf]")).as("the instant asked about, in the field")
                .startsWith(beforeTheDrop.toString().substring(0, 16));
        screenshot("audit");

        open("/audit?planTeam=" + ops + "&asOf=yesterday");
        assertThat(text("#as-of")).contains("'yesterday' is not " + Moments.HINT);
    }

    @Test
    void aWrongPasswordKeepsTheUsernameAndSaysWhatWentWrong() {
        open("/login");
        screenshot("login");
        fill("#username", "nobody-here");
        fill("#password", "not the password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(() -> browser.getCurrentUrl().contains("error"));
        assertThat(text("#signin-error")).isEqualTo("That username and password do not match.");
        assertThat(value("#username")).isEqualTo("nobody-here");
    }

    @Test
    void everyPageHasTheNavigationAndFitsAPhone() {
        int n = UNIQUE.incrementAndGet();
        Api admin = new Api(port);
        String company = admin.company("Phone Co " + n, "pia" + n);
        String priority = admin.as("pia" + n).create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "A title long enough to wrap on a narrow phone screen without pushing the page sideways",
                "ownerId", "pia" + n));
        signIn("admin", Api.ADMIN_PASSWORD);
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : new String[]{"/", "/teams/" + company, "/priorities/" + priority, "/audit", "/admin"}) {
            open(page);
            assertThat(browser.findElements(By.cssSelector("nav.nav a[href='/']"))).as(page).isNotEmpty();
            assertThat(overflow()).as(page).isLessThanOrEqualTo(0);
        }
        open("/teams/" + company);
        screenshot("team-phone");
    }

    private void assign(String title, String serves) {
        if (browser.findElements(By.cssSelector("#assign-form[open]")).isEmpty()) {
            browser.findElement(By.cssSelector("#assign-form summary")).click();
        }
        fill("#assign-form input[name=title]", title);
        fill("#assign-form input[name=successCriterion]", "");
        if (serves != null) {
            new Select(browser.findElement(By.cssSelector("#assign-form select[name=parentPriorityId]")))
                    .selectByVisibleText(serves);
        }
        submit("#assign-form form");
        waitUntil(() -> text(".priorities").contains(title));
    }

    private String idOfRow(String title) {
        return browser.findElement(By.xpath("//table[contains(@class,'priorities')]//tr[.//a[text()='" + title + "']]"))
                .getAttribute("id").replace("priority-", "");
    }

    /** Clicks a button that submits its form, and waits for the page that answers it. */
    private void click(String buttonCss) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector(buttonCss)).click();
        waitUntil(() -> isGone(page));
    }

    private void submitForm(String fieldCss) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector(fieldCss)).submit();
        waitUntil(() -> isGone(page));
    }

    private static boolean isGone(WebElement page) {
        return ExpectedConditions.stalenessOf(page).apply(browser);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** The roles the admin page shows an account with. */
    private static List<String> rolesOf(String username) {
        return browser.findElements(By.cssSelector("#account-" + username + " .role")).stream()
                .map(WebElement::getText).toList();
    }

    private String value(String css) {
        return browser.findElement(By.cssSelector(css)).getAttribute("value");
    }
}
