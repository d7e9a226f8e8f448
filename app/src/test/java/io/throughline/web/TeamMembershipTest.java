package io.throughline.web;

import io.throughline.support.Api;
import io.throughline.support.PageSession;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's own lead staffs the team from its page in a real Chromium: adds a member chosen from the people, sees them
 * offered as a huddle attendee, removes them after confirming; the sibling team's members are not theirs to change. A
 * lead gives the team a chat webhook for nudges.
 */
@ThroughlineIntegrationTest
class TeamMembershipTest extends BrowserTest {

    static final AtomicInteger UNIQUE = new AtomicInteger();

    @Test
    void aLeadAddsAndRemovesAMemberOfTheirOwnTeamButNotOfASiblingTeam() {
        int n = UNIQUE.incrementAndGet();
        // Names no other test class uses: they are created here, and a name taken already is refused.
        String boss = "bea-staff" + n;
        String tara = "tara-staff" + n;
        String mel = "mel-staff" + n;
        String sibling = "sid-staff" + n;
        Api admin = new Api(port);
        assertThat(admin.post("/api/admin/users", Map.of("username", mel, "displayName", "Mel Moss",
                "roles", List.of("LEADER"), "password", Api.passwordOf(mel))).status()).isEqualTo(201);
        assertThat(admin.post("/api/admin/users", Map.of("username", tara, "displayName", "Tara Teague",
                "roles", List.of("LEADER"), "password", Api.passwordOf(tara))).status()).isEqualTo(201);
        admin.people(sibling, mel, tara);
        String company = admin.company("Staffing Co " + n, boss);
        Api bea = admin.as(boss);
        String support = bea.create("/api/teams", Map.of("name", "Support " + n, "parentTeamId", company));
        String billing = bea.create("/api/teams", Map.of("name", "Billing " + n, "parentTeamId", company));
        assertThat(bea.send("PUT", "/api/teams/" + support + "/lead", Map.of("personId", tara)).status()).isEqualTo(204);
        assertThat(bea.send("PUT", "/api/teams/" + billing + "/lead", Map.of("personId", sibling)).status()).isEqualTo(204);

        signIn(tara);
        eventually(() -> {
            open("/teams/" + support);
            assertThat(textOf(".meta")).contains("Led by");
        });
        new Select(browser.findElement(By.id("new-member"))).selectByVisibleText("Mel Moss");
        clickThrough("#add-member-button");
        assertThat(textOf("#members")).contains("Mel Moss");
        assertThat(new Select(browser.findElement(By.id("new-member"))).getOptions()).extracting(WebElement::getText)
                .as("a member is not offered again").doesNotContain("Mel Moss");
        screenshotsOf("team-members", "#people");

        open("/teams/" + support + "/huddle");
        assertThat(browser.findElements(By.cssSelector("input[name=attendeeIds]")))
                .extracting(box -> box.getAttribute("value")).containsExactly(mel);
        assertThat(textOf(".checks")).contains("Mel Moss");
        assertThat(textOf(".lede")).contains("Facilitated by Tara Teague");
        screenshotsOf("huddle-attendees", null);

        open("/teams/" + support);
        browser.findElement(By.id("remove-" + mel)).click();
        assertThat(textOf("#member-" + mel)).contains("Remove Mel Moss from Support " + n + "?");
        clickThrough("#confirm-remove-" + mel);
        assertThat(browser.findElements(By.id("member-" + mel))).isEmpty();
        assertThat(textOf("#people")).contains("No members yet.");

        open("/teams/" + billing);
        new Select(browser.findElement(By.id("new-member"))).selectByVisibleText("Mel Moss");
        clickThrough("#add-member-button");
        assertThat(textOf("#add-member")).as("a sibling team is not hers to staff").contains(tara + " may not add team member here");
        assertThat(browser.findElements(By.cssSelector("#members li"))).isEmpty();
    }

    @Test
    void aLeadGivesTheTeamAChatWebhookFromItsPage() {
        // Names of its own, not the counter's: the other test's names must not depend on which of them runs first.
        String boss = "bea-webhook";
        Api admin = new Api(port);
        String company = admin.company("Webhook Co", boss);

        signIn(boss);
        open("/teams/" + company);
        assertThat(textOf("#webhook-state")).isEqualTo("No chat webhook: nudges reach people by e-mail only.");
        // The browser's own check of type=url would stop the form here; the server's answer is what is tested.
        script("arguments[0].type = 'text'", browser.findElement(By.cssSelector("#team-webhook input[name=url]")));
        fill("#team-webhook input[name=url]", "hooks.slack.com/services/T0/B0/x");
        clickThrough("#team-webhook button[type=submit]");
        assertThat(textOf("#team-webhook")).contains("must be an http(s) address such as https://hooks.slack.com/services/...");
        assertThat(browser.findElement(By.cssSelector("#team-webhook input[name=url]")).getAttribute("aria-invalid"))
                .isEqualTo("true");

        browser.findElement(By.cssSelector("#team-webhook input[name=url]")).clear();
        fill("#team-webhook input[name=url]", "https://hooks.slack.com/services/T0/B0/x");
        clickThrough("#team-webhook button[type=submit]");
        assertThat(textOf("#notice")).isEqualTo("Chat webhook saved: the nudges of people who chose chat go to the team's channel");
        assertThat(textOf("#webhook-state")).isEqualTo("Nudges go to the team's chat channel too, through the webhook set just now.");
        assertThat(textOf("#people")).as("its address is not shown to whoever reads the page").doesNotContain("hooks.slack.com");
        assertReadable(browser);
        assertAccessible(browser);

        clickThrough("#remove-webhook button");
        assertThat(textOf("#notice")).isEqualTo("Chat webhook removed: nudges no longer go to the team's channel");
        assertThat(textOf("#webhook-state")).isEqualTo("No chat webhook: nudges reach people by e-mail only.");
        assertThat(browser.findElements(By.id("remove-webhook"))).isEmpty();
    }

    /**
     * The team page reloads its live part from its own address when the team changes: that reload, sent by the page a
     * form leaves while the browser follows the form's redirect, must not take the confirmation meant for the page.
     */
    @Test
    void aLivePartReloadedDuringTheRedirectLeavesTheConfirmationToThePage() {
        String boss = "bea-reload";
        String company = new Api(port).company("Reload Co", boss);
        PageSession page = PageSession.signedIn(port, boss, Api.passwordOf(boss));
        page.get("/teams/" + company);

        HttpResponse<String> saved = page.post("/teams/" + company + "/webhook", "url=https://hooks.slack.com/services/T0/B0/y");
        assertThat(saved.statusCode()).isEqualTo(302);
        HttpResponse<String> liveReload = send(page, page.request("/teams/" + company)
                .header("HX-Request", "true"));
        assertThat(liveReload.statusCode()).isEqualTo(200);

        assertThat(page.get("/teams/" + company).body())
                .contains("Chat webhook saved: the nudges of people who chose chat go to the team");
    }

    private static HttpResponse<String> send(PageSession page, HttpRequest.Builder request) {
        try {
            return page.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
