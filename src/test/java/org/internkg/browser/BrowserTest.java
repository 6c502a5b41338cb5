package org.internkg.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class of every browser test: the whole application on a random port, driven by Debian's headless
 * Chromium through Selenium with the system chromedriver (Selenium Manager never downloads anything).
 * After each test it checks that the page logged no console error and loaded nothing from another origin;
 * a failing test leaves {@code target/browser-screenshots/<class>-<test>.png}.
 *
 * <p>Without {@code /usr/bin/chromium} the tests are skipped, except under CI (environment variable
 * {@code CI} set), where they fail: install the Debian packages {@code chromium} and {@code chromium-driver}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    protected static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    private Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Headless Chromium not found at " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver)";
        if (!present && System.getenv("CI") != null) {
            Assertions.fail(missing + "; CI is set, so browser tests must run.");
        }
        Assumptions.assumeTrue(present, missing + "; skipping browser tests.");

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("internkg-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1440,900", "--lang=en-US", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void forgetEarlierLogs() {
        consoleEntries();
    }

    /** Every page a test leaves must have logged no error and fetched nothing from another origin. */
    @AfterEach
    void pageStayedCleanAndLocal() {
        assertThat(consoleErrors()).as("browser console errors").isEmpty();
        assertOnlyLocalRequests();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected void open(String pathAndQuery) {
        driver.get(baseUrl() + pathAndQuery);
    }

    @SuppressWarnings("unchecked")
    protected <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    protected <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    protected WebElement waitFor(By by) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** Waits until {@code element.dataset[name]} equals {@code value}. */
    protected void waitForData(String cssSelector, String name, String value) {
        waitUntil(d -> value.equals(js("const e = document.querySelector(arguments[0]); return e ? e.dataset[arguments[1]] : null;",
                cssSelector, name)));
    }

    private List<LogEntry> consoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    protected List<String> consoleErrors() {
        return consoleEntries().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    protected void assertOnlyLocalRequests() {
        List<String> urls = js("return performance.getEntriesByType('resource').map(e => e.name);");
        String origin = js("return window.location.origin;");
        assertThat(urls).as("resources loaded by the page").allMatch(url -> url.startsWith(origin + "/"));
    }

    /** Saves a PNG of the browser window under {@code target/browser-screenshots/}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.move(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the evidence: a screenshot of the page as the failing test left it. */
    static final class ScreenshotOnFailure implements TestWatcher {

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            context.getTestInstance().filter(BrowserTest.class::isInstance).map(BrowserTest.class::cast)
                    .filter(test -> test.driver != null)
                    .ifPresent(test -> test.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName()));
        }
    }
}
