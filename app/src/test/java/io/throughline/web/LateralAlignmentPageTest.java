package io.throughline.web;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader makes Marketing's priority also contribute to Sales' from the priority page, reads the link on both pages
 * and on the roll-up, sees it orphaned with the reason once Sales' priority is dropped, then removes the link.
 */
@ThroughlineIntegrationTest
class LateralAlignmentPageTest extends BrowserTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Test
    void aLeaderLinksAPriorityToAnotherTeamsSeesItEverywhereSeesItOrphanedByADropAndRemovesIt() {
        int n = UNIQUE.incrementAndGet();
        String boss = "lena" + n;
        Api admin = new Api(port);
        String company = admin.company("Link Co " + n, boss);
        Api api = admin.as(boss);
        String sales = api.create("/api/teams", Map.of("name", "Sales", "parentTeamId", company));
        String marketing = api.create("/api/teams", Map.of("name", "Marketing", "parentTeamId", company));
        for (String team : List.of(sales, marketing)) {
            // an owner leads or belongs to the priority's team: the company's lead leads both for now
            assertThat(api.send("PUT", "/api/teams/" + team + "/lead", Map.of("personId", boss)).status()).isEqualTo(204);
        }
        String grow = api.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Grow ARR " + n, "ownerId", boss));
        String winLogos = api.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Win logos " + n, "ownerId", boss, "parentPriorityId", grow));
        String campaign = api.create("/api/priorities", Map.of("teamId", marketing, "quarter", "2026-Q4",
                "title", "Launch campaign " + n, "ownerId", boss, "parentPriorityId", grow));

        signIn(boss);
        open("/priorities/" + campaign);
        assertThat(textOf("#contributes-to")).contains("Nothing beside the priority it serves above");
        assertThat(textOf("#helped-by")).contains("No priority of another team contributes to it");
        reveal("#contribute-team select");
        Select team = new Select(browser.findElement(By.cssSelector("#contribute-team select")));
        assertThat(team.getOptions()).extracting(option -> option.getText())
                .as("the other teams of the organisation, by name").containsExactly("Link Co " + n, "Sales");
        team.selectByVisibleText("Sales");
        submit("#contribute-team");
        Select target = new Select(browser.findElement(By.cssSelector("#contribute select[name=priorityId]")));
        assertThat(target.getOptions()).extracting(option -> option.getText())
                .as("other teams' open priorities, by title and team; not its own parent")
                .containsExactly("Win logos " + n + " — Sales");
        target.selectByVisibleText("Win logos " + n + " — Sales");
        assertAccessible(browser);
        submit("#contribute");

        assertThat(textOf("#notice-text")).contains("Now also contributes to it");
        assertThat(textOf("#contributes-to")).contains("Not started", "Win logos " + n, "Sales")
                .doesNotContain("Nothing beside");
        assertThat(textOf("#history")).contains("made it also contribute to “Win logos " + n + "”");
        assertReadable(browser);
        assertAccessible(browser);
        screenshotsOf("priority-contributes-to", "#contributes-to");

        open("/priorities/" + winLogos);
        assertThat(textOf("#helped-by")).contains("Launch campaign " + n, "Marketing");

        open("/?quarter=2026-Q4&branch=" + grow);
        assertThat(textOf("#branch-" + campaign)).contains("also contributes to: Win logos " + n + " (Sales)");
        assertThat(textOf("#branch-" + winLogos)).as("a cross-link, not a second parent")
                .doesNotContain("Launch campaign " + n);
        assertReadable(browser);
        screenshotsOf("roll-up-cross-link", "#branch-" + campaign);

        assertThat(api.post("/api/priorities/" + winLogos + "/drop", Map.of("reason", "no budget")).status())
                .isEqualTo(200);
        // the drop went through the API, which does not wait for the read models as the pages do
        String orphaned = "Launch campaign " + n + " (Marketing) · contributes to Win logos " + n + ", dropped";
        waitUntil(() -> {
            open("/?quarter=2026-Q4&branch=" + grow);
            return browser.findElements(By.cssSelector("#orphaned-list")).stream()
                    .anyMatch(list -> list.getText().contains(orphaned));
        });
        assertReadable(browser);
        open("/priorities/" + campaign);
        assertThat(textOf("#contributes-to")).contains("Dropped", "Flagged: what it contributes to was dropped");
        browser.findElement(By.cssSelector("#contributes-to li input[name=confirmed]")).click();
        clickThrough("#contributes-to li button.danger");

        assertThat(textOf("#notice-text")).as(() -> browser.getCurrentUrl() + " reads:\n" + textOf("body"))
                .contains("No longer contributes to it");
        assertThat(textOf("#contributes-to")).contains("Nothing beside the priority it serves above");
        assertThat(textOf("#history")).contains("stopped it contributing to “Win logos " + n + "”");
        open("/priorities/" + winLogos);
        assertThat(textOf("#helped-by")).contains("No priority of another team contributes to it");
    }
}
