package io.throughline.web;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.throughline.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test needs: one headless Chromium per class, a clean window before each test, signing in,
 * screenshots under {@code target/screenshots/} for a person to look at, and the two checks every page must pass:
 * {@link #assertReadable} (the words a person reads) and {@link #assertAccessible} (axe-core, WCAG 2.2 AA).
 */
abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension DESK = new Dimension(1440, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    /** Code where words belong: constants, ids, stored codes of periods and days. */
    private static final List<Pattern> CODES = List.of(
            Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b"),
            Pattern.compile("(?i)\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b"),
            Pattern.compile("\\b\\d{4}-(?:W\\d{2}|Q[1-4]|\\d{2}(?:-\\d{2})?)\\b"),
            Pattern.compile("\\b[a-z]+(?:[A-Z][a-z]+)+\\b"),
            Pattern.compile("\\{\""));
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");

    /** The impacts axe-core gives to what keeps someone from using the page. */
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @BeforeEach
    void cleanWindow() {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    void signIn(String user) {
        signIn(user, Api.passwordOf(user));
    }

    void signIn(String user, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(() -> !browser.getCurrentUrl().contains("/login"), Duration.ofSeconds(20),
                () -> user + " is still not signed in: " + browser.getCurrentUrl() + " shows \""
                        + browser.findElements(By.id("signin-error")).stream().map(WebElement::getText).findFirst()
                        .orElse("no sign-in error") + '"');
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(javascript, arguments);
    }

    /** Pixels the page is wider than the window; more than zero means a sideways scroll bar. */
    int overflow() {
        return ((Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .intValue();
    }

    /** The whole window as a PNG under target/screenshots/, named for the page it shows. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page at 1440 px ({@code name.png}) and at 390 px ({@code name-phone.png}), scrolled to the element if given. */
    void screenshotsOf(String name, String scrollToCss) {
        for (Dimension size : new Dimension[]{DESK, PHONE}) {
            browser.manage().window().setSize(size);
            if (scrollToCss != null) {
                script("arguments[0].scrollIntoView()", browser.findElement(By.cssSelector(scrollToCss)));
            }
            screenshot(size == DESK ? name : name + "-phone");
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * The page from its top as it is (no reload: what a form just showed stays) at 1440 px, then at a phone's 390 px,
     * where it must fit without a sideways scroll bar.
     */
    void photograph(String name) {
        browser.manage().window().setSize(DESK);
        script("window.scrollTo(0, 0)");
        screenshot(name);
        browser.manage().window().setSize(PHONE);
        script("window.scrollTo(0, 0)");
        assertThat(overflow()).as(name + " fits a phone").isLessThanOrEqualTo(0);
        screenshot(name + "-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    void fill(String css, String text) {
        WebElement field = browser.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    /** Submits a form of a whole page and waits for the page that answers it. */
    void submit(String formCss) {
        clickThrough(formCss + " button[type=submit]");
    }

    /** Clicks something that submits a form, and waits for the page that answers it. */
    void clickThrough(String css) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector(css)).click();
        waitUntil(() -> ExpectedConditions.stalenessOf(page).apply(browser));
    }

    String textOf(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    static void waitUntil(BooleanSupplier condition) {
        waitUntil(condition, Duration.ofSeconds(10), () -> null);
    }

    /** Waits up to {@code patience} for the condition; if it never holds, fails saying {@code whyNot}. */
    static void waitUntil(BooleanSupplier condition, Duration patience, Supplier<String> whyNot) {
        // htmx swaps parts of the page while we look: an element may go stale between two reads.
        new WebDriverWait(browser, patience).ignoring(StaleElementReferenceException.class).withMessage(whyNot)
                .until(driver -> condition.getAsBoolean());
    }

    /**
     * The visible text of the page reads as words: no enum constant ({@code ON_TRACK}, {@code LOWER_IS_BETTER},
     * {@code WEEKLY}), no UUID, no class name ({@code PriorityStatusUpdated}), no stored period or day code
     * ({@code 2026-W41}, {@code 2026-11}, {@code 2026-12-31}), no field key ({@code parentPriorityId}), no JSON. The text is read with CSS capitals switched off, so
     * a table header styled in capitals is not mistaken for a constant.
     */
    static void assertReadable(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript("const style = document.createElement('style'); style.id = 'as-written';"
                + "style.textContent = '* { text-transform: none !important; }'; document.head.append(style);");
        String text;
        try {
            text = driver.findElement(By.tagName("body")).getText();
        } finally {
            page.executeScript("document.getElementById('as-written').remove()");
        }
        List<String> codes = new ArrayList<>();
        for (Pattern code : CODES) {
            code.matcher(text).results().map(m -> inContext(text, m)).forEach(codes::add);
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (CodeNames.ENUM_CONSTANTS.contains(word.group()) || CodeNames.CLASS_NAMES.contains(word.group())) {
                codes.add(inContext(text, word.toMatchResult()));
            }
        }
        assertThat(codes).as("code in the visible text of " + driver.getCurrentUrl()).isEmpty();
    }

    private static String inContext(String text, MatchResult match) {
        return "\u2026" + text.substring(Math.max(0, match.start() - 30), Math.min(text.length(), match.end() + 30))
                .replaceAll("\\s+", " ") + "\u2026";
    }

    /**
     * axe-core finds no serious or critical violation of WCAG 2.0, 2.1 and 2.2 (A and AA) on the page as it is now
     * (open a details or a form first to have it checked too).
     */
    static void assertAccessible(WebDriver driver) {
        List<Rule> violations = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"))
                .analyze(driver).getViolations();
        assertThat(violations.stream().filter(rule -> BLOCKING.contains(rule.getImpact())).map(rule -> rule.getImpact()
                        + " " + rule.getId() + ": " + rule.getHelp() + rule.getNodes().stream()
                        .map(node -> "\n    " + node.getTarget() + "  " + node.getHtml()).toList()))
                .as("accessibility of " + driver.getCurrentUrl()).isEmpty();
    }

    /** Opens the closed {@code details} a form waits in (one action at a time), as a click on its summary would. */
    void reveal(String css) {
        List<WebElement> found = browser.findElements(By.cssSelector(css));
        assertThat(found).as(() -> css + " on " + browser.getCurrentUrl() + ", which reads:\n"
                + browser.findElement(By.tagName("body")).getText()).isNotEmpty();
        script("arguments[0].closest('details').open = true", found.get(0));
    }
}
