package io.throughline.web;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person chooses their nudges on {@code /account} in a real Chromium: the section says when the digest comes and
 * that the organisation's choices hold until they save their own; saved, they read as chosen, and the API agrees.
 */
@ThroughlineIntegrationTest
class NotificationsPageTest extends BrowserTest {

    @Test
    void aPersonTurnsTheDigestOffAndChoosesChatOnTheirAccountPage() {
        Api admin = new Api(port);
        assertThat(admin.post("/api/admin/users", Map.of("username", "rhea", "displayName", "Rhea Moss",
                "roles", List.of("LEADER"), "password", Api.passwordOf("rhea"), "email", "rhea@example.com"))
                .status()).isEqualTo(201);

        // Other tests of this database may have set the organisation's nudges: these are set here.
        Api.Response organisation = admin.send("PUT", "/api/admin/notifications", Map.of("digestDay", "THURSDAY",
                "digestHour", 7, "timeZone", "Europe/Lisbon", "choices", Map.of("email", true, "chat", false,
                        "digest", true, "notices", true)));
        assertThat(organisation.status()).as(organisation.body().toString()).isIn(200, 409);

        signIn("rhea");
        eventually(() -> {
            open("/account");
            assertThat(textOf("#notifications")).contains("comes on Thursdays at 07:00 (Europe/Lisbon)");
        });
        assertThat(textOf("#notifications")).startsWith("Nudges\n"
                + "The weekly digest of what is due comes on Thursdays at 07:00 (Europe/Lisbon). You have the "
                + "organisation's choices until you save your own.\n"
                + "What reaches me\n"
                + "The weekly digest of what is due\n"
                + "Prompt notices: a priority assigned to me, one mine serves dropped, a decision flagged in my team\n"
                + "How\n"
                + "By e-mail to rhea@example.com\n"
                + "In my team's chat, where the team has a webhook");
        assertThat(checked()).containsExactly(true, true, true, false);
        assertReadable(browser);

        browser.findElement(By.cssSelector("#notifications input[name=digest]")).click();
        browser.findElement(By.cssSelector("#notifications input[name=chat]")).click();
        browser.findElement(By.cssSelector("#notifications button[type=submit]")).click();

        waitUntil(() -> browser.getPageSource().contains("Your nudges are saved"));
        eventually(() -> {
            open("/account");
            assertThat(textOf("#notifications")).doesNotContain("You have the organisation's choices");
            assertThat(checked()).containsExactly(false, true, true, true);
        });
        assertThat(admin.as("rhea").get("/api/me/notifications").body().path("choices").toString())
                .isEqualTo("{\"email\":true,\"chat\":true,\"digest\":false,\"notices\":true}");
        screenshotsOf("account-notifications", "#notifications");
        assertAccessible(browser);
    }

    /** The boxes digest, notices, e-mail, chat: ticked or not. */
    private List<Boolean> checked() {
        return browser.findElements(By.cssSelector("#notifications input[type=checkbox]")).stream()
                .map(box -> box.isSelected()).toList();
    }
}
