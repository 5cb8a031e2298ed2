package org.beloved.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.beloved.BelovedApplication;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.shared.Channel;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * With the bot's SMS number configured, the home page's results list and map popups offer CONNECT
 * for a listing that can be asked: an {@code sms:} link to the bot with {@code CONNECT #id} written
 * in (CONECTAR on the Spanish page) and the same words for a reader without a phone. A listing
 * with no channel to ask is not offered it. The page itself writes nothing.
 */
@CleanDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "beloved.web.sms-number=+14155550123")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class HomePageConnectBrowserTest {

    private static final String PASTOR = "+14155550161";

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        wait = Browser.waitUpTo(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private long listed(String name, String zip, Channel channel, String submittedBy) {
        long id = directory.register(new NewCongregation(name, Tradition.QUAKER, zip, null, "Ana Ruiz", "ana@example.org",
                submittedBy, null, false, false, channel, submittedBy)).id();
        assertThat(directory.approve(id)).isTrue();
        return id;
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
        wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    private void search(String zip) {
        WebElement input = browser.findElement(By.id("find-zip"));
        input.clear();
        input.sendKeys(zip);
        browser.findElement(By.cssSelector("#find button[type=submit]")).click();
    }

    @Test
    void anAskableListingOffersConnectByTextInTheListAndThePopupAndOneWithoutAChannelDoesNot() {
        long askable = listed("Mission Friends", "94110", Channel.SMS, PASTOR);
        listed("Web Only Chapel", "94612", Channel.WEB, null);
        open("/");
        search("94110");
        List<WebElement> items = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#partners li"), 2));
        assertThat(items.get(0).getText()).startsWith("Mission Friends")
                .contains("Text CONNECT #" + askable + " to +14155550123")
                .doesNotContain(PASTOR).doesNotContain("ana@example.org");
        WebElement action = items.get(0).findElement(By.cssSelector(".connect a"));
        assertThat(action.getText()).isEqualTo("Connect privately");
        assertThat(action.getDomAttribute("href")).isEqualTo("sms:+14155550123?&body=CONNECT%20%23" + askable);
        assertThat(items.get(1).getText()).startsWith("Web Only Chapel").doesNotContain("CONNECT");
        assertThat(items.get(1).findElements(By.cssSelector(".connect"))).isEmpty();

        wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#map .leaflet-marker-icon[title='Mission Friends']"))).click();
        WebElement popup = popupShowing("Mission Friends");
        assertThat(popup.getText()).contains("Mission Friends", "Text CONNECT #" + askable + " to +14155550123");
        assertThat(popup.findElement(By.cssSelector(".connect a")).getDomAttribute("href"))
                .isEqualTo("sms:+14155550123?&body=CONNECT%20%23" + askable);
    }

    @Test
    void theSpanishPageWritesConectar() {
        long askable = listed("Iglesia de la Paz", "94110", Channel.SMS, PASTOR);
        open("/?lang=es");
        search("94110");
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#partners li")));
        assertThat(item.getText()).contains("Escribe CONECTAR #" + askable + " al +14155550123");
        assertThat(item.findElement(By.cssSelector(".connect a")).getDomAttribute("href"))
                .isEqualTo("sms:+14155550123?&body=CONECTAR%20%23" + askable);
    }

    /** The open popup once the map has panned to show it whole: while it moves, the popup's top (the name) can be clipped. */
    private WebElement popupShowing(String name) {
        By content = By.cssSelector(".leaflet-popup-content");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(content, name));
        return browser.findElement(content);
    }
}
