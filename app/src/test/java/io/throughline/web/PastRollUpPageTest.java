package io.throughline.web;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader opens the company roll-up as it stood in the middle of a past quarter and as that quarter ended, with the
 * status corrected after the end told beside it; an auditor reaches the past roll-up from the audit page. Event
 * timestamps are set by Axon's clock; the quarter is one no other test uses.
 */
@ThroughlineIntegrationTest
class PastRollUpPageTest extends BrowserTest {

    static final String QUARTER = "2024-Q3";

    @AfterEach
    void realTime() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void aLeaderSeesTheRollUpAsItStoodAndHowTheQuarterEnded() {
        Api admin = new Api(port);
        at("2024-06-20T09:00:00Z");
        String company = admin.company("Then Co", "theo");
        Api theo = admin.as("theo");
        admin.people("fay");
        String field = theo.create("/api/teams", Map.of("name", "Field", "parentTeamId", company));
        assertThat(theo.send("PUT", "/api/teams/" + field + "/lead", Map.of("personId", "fay")).status()).isEqualTo(204);
        Api fay = admin.as("fay");
        at("2024-07-01T09:00:00Z");
        String expand = theo.create("/api/priorities", Map.of("teamId", company, "quarter", QUARTER,
                "title", "Expand north", "ownerId", "theo"));
        String stores = fay.create("/api/priorities", Map.of("teamId", field, "quarter", QUARTER,
                "title", "Open stores", "ownerId", "fay", "parentPriorityId", expand));
        String lease = fay.create("/api/priorities/" + stores + "/milestones", Map.of("title", "Leases signed",
                "dueDate", "2024-07-31"));
        String staff = fay.create("/api/priorities/" + stores + "/milestones", Map.of("title", "Staff hired",
                "dueDate", "2024-09-15"));
        at("2024-07-20T09:00:00Z");
        assertThat(fay.post("/api/priorities/" + stores + "/status", Map.of("status", "AT_RISK")).status())
                .isEqualTo(200);
        assertThat(fay.post("/api/priorities/" + stores + "/milestones/" + lease + "/complete", null).status())
                .isEqualTo(200);
        at("2024-09-10T09:00:00Z");
        assertThat(fay.post("/api/priorities/" + stores + "/milestones/" + staff + "/complete", null).status())
                .isEqualTo(200);
        at("2024-09-01T09:00:00Z");
        theo.create("/api/metrics", Map.of("teamId", company, "name", "Stores open", "unit", "stores", "target", 12,
                "direction", "HIGHER_IS_BETTER", "cadence", "MONTHLY", "ownerId", "theo"));
        at("2024-09-27T16:00:00Z");
        assertThat(theo.post("/api/teams/" + company + "/quarters/" + QUARTER + "/close", Map.of("decisions",
                List.of(Map.of("priorityId", expand, "outcome", "DONE"))))
                .status()).isEqualTo(204);
        at("2024-10-03T09:00:00Z");
        assertThat(fay.post("/api/priorities/" + stores + "/status", Map.of("status", "OFF_TRACK",
                "comment", "the landlord pulled out")).status()).isEqualTo(200);
        GenericEventMessage.clock = Clock.systemUTC();
        eventually(() -> assertThat(theo.get("/api/priorities/" + stores).body().get("status").asText())
                .isEqualTo("OFF_TRACK"));

        signIn("theo");
        open("/?quarter=" + QUARTER + "&team=" + company + "&asOf=2024-08-01T00:00:00Z");
        assertThat(textOf("#as-of-banner")).startsWith("The roll-up as it stood on Thu 1 Aug 2024, 00:00 UTC");
        assertThat(textOf("#roll-up")).contains("Expand north").contains("Open stores").contains("At risk")
                .doesNotContain("Off track", "Done");
        assertThat(textOf("#branch-" + stores + " .node")).as("one of its two milestones done then; 32 of 92 days gone")
                .contains("50% done, 35% expected by then");
        assertThat(textOf("#company-kpis")).as("the KPIs as they were then: none yet")
                .startsWith("KPIs of Then Co").contains("The company has no KPIs yet.").doesNotContain("Stores open");
        assertReadable(browser);
        photograph("dashboard-as-of");

        open("/?quarter=" + QUARTER + "&team=" + company + "&final=true");
        assertThat(textOf("#final-banner")).startsWith("How Q3 2024 ended");
        assertThat(textOf("#cut-offs")).contains("Then Co closed it on Fri 27 Sep 2024, 16:00 UTC")
                .contains("Field never closed it: taken at the end of Mon 30 Sep 2024");
        assertThat(textOf("#company-kpis")).as("defined before the quarter ended").contains("Stores open");
        assertThat(textOf("#corrections")).isEqualTo("“Open stores” (Field) was At risk when the quarter ended, "
                + "and reads Off track now. Its history");
        assertThat(textOf("#roll-up")).as("a done branch is folded away").contains("Done Expand north")
                .doesNotContain("Off track");
        browser.findElement(By.cssSelector("#roll-up details.closed-branch summary")).click();
        assertThat(textOf("#roll-up")).contains("Open stores").contains("At risk").doesNotContain("Off track");
        assertThat(textOf("#branch-" + stores + " .node")).as("both milestones done by the quarter's end")
                .contains("100% done, 100% expected by then");
        assertReadable(browser);
        assertAccessible(browser);
        photograph("dashboard-final");
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(overflow()).as("the final roll-up fits a phone").isLessThanOrEqualTo(0);
        browser.manage().window().setSize(new Dimension(1280, 900));

        open("/?quarter=2031-Q1&final=true");
        assertThat(textOf("#not-final")).startsWith("Q1 2031 has not ended and not every team has closed it");

        admin.as("audra", "AUDITOR");
        signIn("audra");
        open("/audit");
        LocalDateTime hourAgo = LocalDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        script("arguments[0].value = arguments[1]", browser.findElement(By.cssSelector("#roll-up-as-of-form input[name=asOf]")),
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(hourAgo));
        submit("#roll-up-as-of-form");
        assertThat(textOf("#as-of-banner")).as("the browser runs in UTC here").startsWith("The roll-up as it stood on ")
                .contains(DateTimeFormatter.ofPattern("HH:mm").format(hourAgo) + " UTC");
    }

    private static void at(String instant) {
        GenericEventMessage.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
