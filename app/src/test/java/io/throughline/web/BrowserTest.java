package io.throughline.web;

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
import java.util.function.BooleanSupplier;

/**
 * What every browser test needs: one headless Chromium per class, a clean window before each test, signing in, and
 * screenshots under {@code target/screenshots/} for a person to look at.
 */
abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

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
        waitUntil(() -> !browser.getCurrentUrl().contains("/login"));
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

    /** The page at 1280 px ({@code name.png}) and at 390 px ({@code name-phone.png}), scrolled to the element if given. */
    void screenshotsOf(String name, String scrollToCss) {
        for (Dimension size : new Dimension[]{new Dimension(1280, 900), new Dimension(390, 844)}) {
            browser.manage().window().setSize(size);
            if (scrollToCss != null) {
                script("arguments[0].scrollIntoView()", browser.findElement(By.cssSelector(scrollToCss)));
            }
            screenshot(size.getWidth() == 1280 ? name : name + "-phone");
        }
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
        // htmx swaps parts of the page while we look: an element may go stale between two reads.
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> condition.getAsBoolean());
    }

    /** Opens the closed {@code details} a form waits in (one action at a time), as a click on its summary would. */
    void reveal(String css) {
        script("arguments[0].closest('details').open = true", browser.findElement(By.cssSelector(css)));
    }
}
