package org.beloved.app.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), driven by
 * Selenium through the installed chromedriver: nothing is downloaded. {@code BELOVED_CHROMIUM} and
 * {@code BELOVED_CHROMEDRIVER} point elsewhere on machines that keep them in other places.
 */
final class Browser {

    /** Offline and quiet: no background requests to Google, a fresh profile each run. */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private Browser() {
    }

    static ChromeDriver start() {
        Path chromium = Path.of(System.getenv().getOrDefault("BELOVED_CHROMIUM", "/usr/bin/chromium"));
        Path driver = Path.of(System.getenv().getOrDefault("BELOVED_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("The browser tests need Chromium and ChromeDriver: on Debian or Ubuntu,"
                    + " apt-get install chromium chromium-driver (bash .ci/run installs them), or set BELOVED_CHROMIUM"
                    + " and BELOVED_CHROMEDRIVER. Looked for " + chromium + " and " + driver + ".");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("beloved-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile, "--window-size=1280,1600", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * A wait whose conditions may touch elements of a page that is being replaced: such a check
     * (a stale element, or ChromeDriver's "Node with given id does not belong to the document",
     * which means the same) counts as "not yet" instead of failing the test. Any other error fails.
     */
    static WebDriverWait waitUpTo(WebDriver driver, Duration timeout) {
        return new PageWait(driver, timeout);
    }

    /** True once {@code element}'s document has been replaced by the next page. */
    static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException e) {
                if (detached(e)) {
                    return true;
                }
                throw e;
            }
        };
    }

    private static boolean detached(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    private static final class PageWait extends WebDriverWait {

        PageWait(WebDriver driver, Duration timeout) {
            super(driver, timeout);
        }

        @Override
        public <V> V until(Function<? super WebDriver, ? extends V> condition) {
            return super.until(driver -> {
                try {
                    return condition.apply(driver);
                } catch (WebDriverException e) {
                    if (detached(e)) {
                        return null;
                    }
                    throw e;
                }
            });
        }
    }
}
