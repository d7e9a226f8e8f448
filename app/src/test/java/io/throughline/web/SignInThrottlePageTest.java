package io.throughline.web;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten wrong passwords on the login form in a real Chromium, and the eleventh sign-in, with the right password, is
 * refused with a message saying how long to wait; the administrator sees the account on {@code /admin}.
 */
@ThroughlineIntegrationTest
class SignInThrottlePageTest extends BrowserTest {

    static final AtomicInteger UNIQUE = new AtomicInteger();

    @Test
    void tenWrongPasswordsRefuseTheAccountAWhileAndTheAdministratorSeesIt() {
        String tilly = "tilly" + UNIQUE.incrementAndGet();
        new Api(port).people(tilly);

        open("/login");
        for (int i = 0; i < 10; i++) {
            signInWith(tilly, "not the password " + i);
            assertThat(textOf("#signin-error")).isEqualTo("That username and password do not match.");
        }
        signInWith(tilly, Api.passwordOf(tilly));

        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(textOf("#signin-error"))
                .isEqualTo("Too many failed sign-ins for this account; try again in 5 minutes.");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(tilly);
        assertReadable(browser);
        screenshot("login-throttled");

        signIn("admin", Api.ADMIN_PASSWORD);
        open("/admin");
        assertThat(textOf("#sign-in-throttles h2")).isEqualTo("Sign-ins refused");
        assertThat(textOf("#throttled-account-" + tilly)).matches("Account " + tilly
                + ": refused just now after 10 failed sign-ins, until \\w{3} \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} UTC\\.");
        assertReadable(browser);
        assertAccessible(browser);
        screenshotsOf("admin-throttled", "#sign-in-throttles");
    }

    /** The login form on the page, filled and sent, as a person tries again; waits for the page that answers it. */
    private void signInWith(String username, String password) {
        fill("#username", username);
        fill("#password", password);
        submit("form.signin-card");
    }
}
