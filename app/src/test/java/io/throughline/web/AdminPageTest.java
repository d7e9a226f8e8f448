package io.throughline.web;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin at {@code /admin} in a real Chromium: grants a role after confirming it, disables an account after
 * confirming and re-enables it, resets a password the person then signs in with, gives an e-mail address once a typo
 * is pointed out; a replay asks first; the projections table refreshes its cells while the keyboard focus stays where
 * it was.
 */
@ThroughlineIntegrationTest
class AdminPageTest extends BrowserTest {

    static final AtomicInteger UNIQUE = new AtomicInteger();

    String gus;

    @BeforeEach
    void anAdminAndAPerson() {
        gus = "gus" + UNIQUE.incrementAndGet();
        Api admin = new Api(port);
        assertThat(admin.post("/api/admin/users", Map.of("username", gus, "displayName", "Gus Grant",
                "roles", List.of("LEADER"), "password", Api.passwordOf(gus))).status()).isEqualTo(201);
        signIn("admin", Api.ADMIN_PASSWORD);
        open("/admin");
    }

    @Test
    void aRoleIsGrantedOnlyOnceConfirmedAndShows() {
        assertThat(browser.findElement(By.id("confirm-grant-" + gus)).isDisplayed())
                .as("the grant button waits behind its confirmation").isFalse();
        browser.findElement(By.id("grant-" + gus)).click();
        new Select(browser.findElement(By.id("grantable-" + gus))).selectByValue("AUDITOR");
        assertThat(textOf("#confirm-grant-" + gus)).isEqualTo("Grant to Gus Grant");
        clickThrough("#confirm-grant-" + gus);
        assertThat(rolesOf(gus)).containsExactly("Auditor", "Leader");
        assertThat(textOf("#account-" + gus + " .person")).isEqualTo("Gus Grant " + gus + "\nno e-mail address");
        assertThat(browser.findElement(By.cssSelector("#account-" + gus + " .person")).getAttribute("title"))
                .isEqualTo("Signs in as " + gus);
        assertReadable(browser);
        assertAccessible(browser);
        screenshotsOf("admin", "#account-" + gus);
    }

    @Test
    void anEmailAddressIsGivenAfterATypoIsPointedOut() {
        assertThat(textOf("#email-" + gus)).isEqualTo("no e-mail address");
        browser.findElement(By.id("change-email-" + gus)).click();
        browser.findElement(By.id("new-email-" + gus)).sendKeys("gus.grant");
        // The browser's own check of type=email would stop the form here; the server's answer is what is tested.
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].type = 'text'", browser.findElement(By.id("new-email-" + gus)));
        clickThrough("#confirm-email-" + gus);
        assertThat(textOf("#account-" + gus)).contains("must be an e-mail address such as sam@example.com");
        assertThat(browser.findElement(By.id("new-email-" + gus)).getAttribute("aria-invalid")).isEqualTo("true");

        browser.findElement(By.id("new-email-" + gus)).clear();
        browser.findElement(By.id("new-email-" + gus)).sendKeys("gus@example.com");
        clickThrough("#confirm-email-" + gus);
        assertThat(textOf("#notice")).isEqualTo("Gus Grant's e-mail address is now gus@example.com");
        assertThat(textOf("#email-" + gus)).isEqualTo("gus@example.com");
        assertReadable(browser);
        assertAccessible(browser);
    }

    @Test
    void aDisabledAccountIsReEnabledAndCanSignInAgain() {
        browser.findElement(By.id("disable-" + gus)).click();
        assertThat(textOf("#account-" + gus + " details[open]")).contains("Disable Gus Grant?");
        clickThrough("#confirm-disable-" + gus);
        assertThat(textOf("#status-" + gus)).isEqualTo("disabled");
        assertThat(new Api(port).as(gus).get("/api/teams").status()).isEqualTo(401);

        clickThrough("#enable-" + gus);
        assertThat(textOf("#status-" + gus)).isEqualTo("active");
        signIn(gus);
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    @Test
    void aResetPasswordIsTheOneThePersonSignsInWith() {
        browser.findElement(By.id("reset-" + gus)).click();
        browser.findElement(By.id("new-password-" + gus)).sendKeys("short");
        clickThrough("#confirm-reset-" + gus);
        assertThat(textOf("#account-" + gus)).contains("at least 12 characters");
        assertThat(browser.findElement(By.id("new-password-" + gus)).getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible(browser);

        browser.findElement(By.id("new-password-" + gus)).sendKeys("a brand new password for gus");
        clickThrough("#confirm-reset-" + gus);
        assertThat(textOf("#password-reset-" + gus)).contains("Password changed");

        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(gus);
        browser.findElement(By.id("password")).sendKeys(Api.passwordOf(gus));
        clickThrough("button[type=submit]");
        assertThat(textOf("#signin-error")).as("the old password no longer works")
                .isEqualTo("That username and password do not match.");
        assertReadable(browser);
        assertAccessible(browser);
        photograph("login-refused");
        signIn(gus, "a brand new password for gus");
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    @Test
    void aReplayAsksFirstAndTheRefreshingTableKeepsTheFocus() {
        assertThat(browser.findElement(By.id("confirm-replay-dashboard")).isDisplayed()).isFalse();
        WebElement opener = browser.findElement(By.id("replay-dashboard"));
        opener.click();
        assertThat(textOf("#projection-dashboard details")).contains("Rebuild dashboard from the event log?");
        WebElement progress = browser.findElement(By.id("projection-dashboard-progress"));
        String before = progress.getText();
        script("window.refreshes = 0; document.body.addEventListener('htmx:afterSwap', () => window.refreshes++);"
                + "document.body.addEventListener('htmx:oobAfterSwap', () => window.refreshes++);");

        new Api(port).people("gus-newcomer" + UNIQUE.incrementAndGet());
        waitUntil(() -> !progress.getText().equals(before));
        waitUntil(() -> ((Number) script("return window.refreshes")).intValue() >= 2);

        assertThat(script("return document.activeElement.id")).as("the focus stays on the replay's opener")
                .isEqualTo("replay-dashboard");
        assertThat(opener.isDisplayed()).as("the very same element, never replaced").isTrue();
        assertThat(browser.findElement(By.id("confirm-replay-dashboard")).isDisplayed())
                .as("the opened confirmation stays open").isTrue();
    }

    /** The roles the admin page shows an account with. */
    private static List<String> rolesOf(String username) {
        return browser.findElements(By.cssSelector("#account-" + username + " .role")).stream()
                .map(WebElement::getText).toList();
    }
}
