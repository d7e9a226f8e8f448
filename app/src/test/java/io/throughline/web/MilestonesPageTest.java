package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The owner lays out a milestone on the priority page and marks it done, reading it all in words. */
@ThroughlineIntegrationTest
class MilestonesPageTest extends BrowserTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Test
    void theOwnerAddsAMilestoneAndMarksItDone() {
        int n = UNIQUE.incrementAndGet();
        String boss = "mira" + n;
        Api admin = new Api(port);
        String company = admin.company("Plan Co " + n, boss);
        String priority = admin.as(boss).create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Win three logos", "ownerId", boss));

        signIn(boss);
        open("/priorities/" + priority);
        assertThat(textOf("#milestones")).contains("No milestones yet");
        browser.findElement(By.cssSelector("#milestones > details > summary")).click();
        fill("#milestone-add input[name=title]", "Pilot with two customers");
        script("arguments[0].value = '2026-11-14'", browser.findElement(By.cssSelector("#milestone-add input[name=dueDate]")));
        submit("#milestone-add");

        assertThat(textOf("#milestones")).contains("Pilot with two customers", "due Sat 14 Nov", "Open")
                .contains("0 of 1 done");
        clickThrough("#milestones li form.inline button:not(.danger)");

        assertThat(textOf("#milestones-done")).isEqualTo("1 of 1 done");
        assertThat(textOf("#milestones li")).startsWith("Done").contains("Pilot with two customers");
        assertThat(textOf("#history")).contains("added the milestone “Pilot with two customers”, due Sat 14 Nov")
                .contains("completed the milestone “Pilot with two customers”");
        assertReadable(browser);
        assertAccessible(browser);
        screenshotsOf("priority-milestones", "#milestones");

        browser.findElement(By.cssSelector("#milestones li details.confirm summary")).click();
        script("document.querySelector('#milestones li input[name=confirmed]').removeAttribute('required')");
        clickThrough("#milestones li details.confirm button[type=submit]");
        assertThat(textOf("#milestones li details.confirm .error")).as("nothing removed without the tick")
                .isEqualTo("Confirmation: tick \u201cYes, remove it\u201d to confirm");
        assertThat(textOf("#milestones")).contains("Pilot with two customers");
        assertReadable(browser);
        assertAccessible(browser);
        browser.findElement(By.cssSelector("#milestones li input[name=confirmed]")).click();
        clickThrough("#milestones li details.confirm button[type=submit]");
        assertThat(textOf("#milestones")).contains("No milestones yet");
        assertThat(textOf("#history")).contains("removed the milestone \u201cPilot with two customers\u201d");
    }

    @Test
    void theTeamPageTellsHowManyMilestonesOfEachPriorityAreDone() {
        int n = UNIQUE.incrementAndGet();
        String boss = "mira" + n;
        Api admin = new Api(port);
        String company = admin.company("Tally Co " + n, boss);
        Api mira = admin.as(boss);
        Quarter quarter = Quarter.of(LocalDate.now());
        String logos = mira.create("/api/priorities", Map.of("teamId", company, "quarter", quarter.value(),
                "title", "Win three logos", "ownerId", boss));
        String hiring = mira.create("/api/priorities", Map.of("teamId", company, "quarter", quarter.value(),
                "title", "Hire two engineers", "ownerId", boss));
        String pilot = null;
        for (String title : new String[]{"Pilot", "Contract", "Launch"}) {
            String milestone = mira.create("/api/priorities/" + logos + "/milestones", Map.of("title", title,
                    "dueDate", quarter.lastDay().toString()));
            pilot = pilot == null ? milestone : pilot;
        }
        assertThat(mira.post("/api/priorities/" + logos + "/milestones/" + pilot + "/complete", null).status())
                .isEqualTo(200);

        signIn(boss);
        eventually(() -> {
            open("/teams/" + company);
            assertThat(textOf("#priority-" + logos + " .milestone-tally")).isEqualTo("1 of 3 milestones");
        });
        assertThat(textOf("#priority-" + hiring)).as("no milestones, no tally").doesNotContain("milestones");
        assertReadable(browser);
    }
}
