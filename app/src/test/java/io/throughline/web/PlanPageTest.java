package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead writes down what lasts of the team's plan and an annual goal on the plan page, assigns a priority serving the
 * goal from the team page, reads the goal with that priority on the plan page, in words, and takes the priority off
 * the goal from its own page.
 */
@ThroughlineIntegrationTest
class PlanPageTest extends BrowserTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Test
    void aLeadSetsTheLastingPartsAddsAnAnnualGoalAndSeesThePriorityServingIt() {
        int n = UNIQUE.incrementAndGet();
        String boss = "iris" + n;
        Api admin = new Api(port);
        String company = admin.company("Lasting Co " + n, boss);
        LocalDate today = LocalDate.now();
        Quarter quarter = Quarter.of(today);

        signIn(boss);
        open("/teams/" + company);
        clickThrough("a[href$='/teams/" + company + "/plan']");
        assertThat(textOf("#lasting")).contains("Not set yet");
        assertThat(textOf("#annual-goals")).contains("Annual goals of " + today.getYear(), "No annual goals for this year yet.");

        browser.findElement(By.cssSelector("#lasting-form summary")).click();
        fill("#lasting-form textarea[name=coreValues]", "Customers first\nSay it plainly");
        fill("#lasting-form input[name=purpose]", "Make hospitals run on time");
        fill("#lasting-form input[name=bhag]", "Every hospital in Europe");
        fill("#lasting-form textarea[name=longRangeTargets]", "100 hospitals by 2029");
        fill("#lasting-form input[name=reason]", "Our first strategy day");
        submit("#lasting-form form");
        assertThat(textOf("#notice")).contains("The lasting plan is saved");
        assertThat(textOf("#core-values")).contains("Customers first", "Say it plainly");
        assertThat(textOf("#purpose")).isEqualTo("Make hospitals run on time");
        assertThat(textOf("#bhag")).isEqualTo("Every hospital in Europe");
        assertThat(textOf("#long-range-targets")).isEqualTo("100 hospitals by 2029");

        browser.findElement(By.cssSelector("#define-form summary")).click();
        submit("#define-form form");
        assertThat(textOf("#define-form")).contains("Title").contains("must not be blank");
        assertReadable(browser);
        assertAccessible(browser);
        fill("#define-form input[name=title]", "Double the hospitals we serve");
        submit("#define-form form");
        assertThat(textOf("#annual-goals")).contains("Double the hospitals we serve", "No priority serves it yet.");

        open("/teams/" + company + "?quarter=" + quarter);
        browser.findElement(By.cssSelector("#assign-form summary")).click();
        fill("#assign-form input[name=title]", "Sign the Lyon clinic");
        new Select(browser.findElement(By.cssSelector("#assign-form select[name=annualGoalId]")))
                .selectByVisibleText("Double the hospitals we serve");
        submit("#assign-form form");

        eventually(() -> {
            open("/teams/" + company + "/plan");
            assertThat(textOf("#annual-goals")).contains("Double the hospitals we serve", "Sign the Lyon clinic",
                    "Q" + ((today.getMonthValue() - 1) / 3 + 1) + " " + today.getYear(), "Not started");
        });
        assertThat(browser.findElement(By.linkText("Sign the Lyon clinic")).getAttribute("href")).contains("/priorities/");
        browser.findElement(By.cssSelector("#annual-goals details summary")).click();
        assertReadable(browser);
        assertAccessible(browser);
        photograph("plan-annual-layer");

        clickThrough("#annual-goals a[href*='/priorities/']");
        assertThat(textOf("#annual-goal")).isEqualTo("Double the hospitals we serve");
        assertThat(textOf("#history")).contains("serving the annual goal “Double the hospitals we serve”");
        assertReadable(browser);

        reveal("#annual-goal-form select");
        new Select(browser.findElement(By.cssSelector("#annual-goal-form select[name=annualGoalId]")))
                .selectByVisibleText("– no annual goal –");
        fill("#annual-goal-form input[name=reason]", "It is an experiment, not the goal");
        submit("#annual-goal-form");
        assertThat(textOf("#notice")).contains("Annual goal changed");
        assertThat(textOf("#annual-goal")).isEqualTo("–");
        assertThat(textOf("#history")).contains("took it off the annual goal “Double the hospitals we serve”: it serves "
                + "none — It is an experiment, not the goal");
        assertReadable(browser);
        assertAccessible(browser);
    }
}
