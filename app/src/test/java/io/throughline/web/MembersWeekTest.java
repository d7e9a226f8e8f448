package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's week in a real browser, as issue 22 tells it: Mina, who has only the MEMBER role, signs in and lands on
 * {@code /me}, sees the priority and the KPI she owns, reports the priority's status with her confidence and records
 * the KPI's missing value; on her team's page she runs the huddle and is offered no form that assigns work or changes
 * the team's structure.
 */
@ThroughlineIntegrationTest
class MembersWeekTest extends BrowserTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aMemberReportsOnWhatSheOwnsAndRunsHerTeamsHuddleButOrganisesNothing() {
        int n = UNIQUE.incrementAndGet();
        String boss = "mwboss" + n;
        String lead = "mwlead" + n;
        String mina = "mwmina" + n;
        Api admin = new Api(port);
        assertThat(admin.post("/api/admin/users", Map.of("username", mina, "displayName", "Mina Berg",
                "roles", List.of("MEMBER"), "password", Api.passwordOf(mina))).status()).isEqualTo(201);
        String company = admin.company("Member Co " + n, boss);
        Api top = admin.as(boss);
        admin.people(lead);
        String team = top.create("/api/teams", Map.of("name", "Support " + n, "parentTeamId", company));
        assertThat(top.send("PUT", "/api/teams/" + team + "/lead", Map.of("personId", lead)).status()).isEqualTo(204);
        assertThat(top.post("/api/teams/" + team + "/members", Map.of("personId", mina)).status()).isEqualTo(204);
        Api theLead = admin.as(lead);
        String priority = theLead.create("/api/priorities", Map.of("teamId", team, "quarter", Quarter.of(TODAY).value(),
                "title", "Answer every ticket within a day", "ownerId", mina));
        String leadsOwn = theLead.create("/api/priorities", Map.of("teamId", team, "quarter", Quarter.of(TODAY).value(),
                "title", "Hire a second shift", "ownerId", lead));
        String kpi = theLead.create("/api/metrics", Map.of("teamId", team, "name", "First reply", "unit", "h",
                "target", 4, "direction", "LOWER_IS_BETTER", "cadence", "WEEKLY", "ownerId", mina));
        Period lastWeek = Period.of(Cadence.WEEKLY, TODAY).previous();
        String lastWeekInWords = "Week " + lastWeek.firstDay().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " (";
        eventually(() -> assertThat(theLead.get("/api/metrics/" + kpi).status()).isEqualTo(200));

        signIn(mina);
        assertThat(browser.getCurrentUrl()).as("where a member lands").endsWith("/me");
        assertThat(textOf("nav .who")).isEqualTo("Mina Berg");
        assertThat(textOf("#priority-" + priority)).contains("Answer every ticket within a day")
                .contains("Support " + n).contains("Not started");
        assertThat(textOf("#kpi-" + kpi)).contains("First reply").contains("Missing: " + lastWeekInWords);
        assertReadable(browser);
        assertAccessible(browser);
        photograph("me-member");

        fill("#kpi-" + kpi + " input[name=value]", "3.5");
        submit("#kpi-" + kpi + " form");
        assertThat(textOf("#notice")).isEqualTo("KPI value recorded");
        assertThat(textOf("#kpi-" + kpi)).contains("Every period has its value").contains(lastWeekInWords)
                .contains("): 3.5 h");

        clickThrough("#priority-" + priority + " a[href^='/priorities/']");
        browser.findElement(By.xpath("//summary[.='Report the status']")).click();
        new Select(browser.findElement(By.cssSelector("#report select[name=status]"))).selectByVisibleText("On track");
        fill("#report input[name=confidence]", "7");
        fill("#report textarea[name=comment]", "the new macros help");
        submit("#report");
        assertThat(textOf("#notice")).isEqualTo("Status reported");
        assertThat(textOf("#confidence-now")).isEqualTo("7 out of 10");
        assertThat(textOf("#history")).contains("On track").contains("the new macros help");
        assertThat(textOf(".actions")).as("what PriorityPolicy lets an owner do").contains("Complete it")
                .doesNotContain("Change the title", "Reassign", "Realign", "Serve an annual goal", "Drop it");
        assertThat(textOf("#whose-actions")).isEqualTo("Changing, reassigning, realigning or dropping it is for the "
                + "leaders of Support " + n + " and the teams above.");
        assertThat(textOf("#milestones")).as("the owner plans her own steps").contains("Add a milestone");
        photograph("priority-member");
        assertThat(browser.findElements(By.cssSelector("#contribute-team"))).as("lateral links are alignment").isEmpty();

        open("/priorities/" + leadsOwn);
        assertThat(textOf("#whose-actions")).startsWith("Only ")
                .endsWith(" and the leaders of Support " + n + " and the teams above act on it.");
        assertThat(textOf(".actions")).doesNotContain("Report the status", "Complete it");
        assertThat(textOf("#milestones")).doesNotContain("Add a milestone");

        open("/teams/" + team);
        assertThat(textOf("#run-huddle")).as("a member runs the huddles of her team").isEqualTo("Run the huddle");
        assertThat(textOf("main")).as("no form that assigns work or changes the team")
                .doesNotContain("Assign a priority", "Define a KPI", "Frame the quarter", "Add a member",
                        "Appoint", "Add a team below", "Remove…", "Close the quarter");
        assertThat(browser.findElements(By.cssSelector("#assign-form, #kpi-form, #framing-form, #add-member, "
                + "#appoint-lead, #add-team, #members details.confirm, #close-form"))).isEmpty();
        assertThat(textOf("#members")).contains("Mina Berg");
        assertReadable(browser);
        assertAccessible(browser);
        photograph("team-member");

        clickThrough("#run-huddle");
        fill("textarea[name=wins]", "Every ticket answered on Friday");
        clickThrough("#record");
        assertThat(textOf("#notice")).isEqualTo("Huddle recorded");
        assertThat(textOf("#last-huddle")).contains("facilitated by Mina Berg").contains("Every ticket answered on Friday");
    }
}
