package org.beloved.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.beloved.BelovedApplication;
import org.beloved.counties.Counties;
import org.beloved.counties.CountyEdit;
import org.beloved.counties.CountyEditResult;
import org.beloved.counties.MeetingEdit;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.organizers.Actor;
import org.beloved.shared.Channel;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The home map's county layer in headless Chromium against the running application: every county
 * drawn from the site's own static shapes, filled by policy and outlined by campaign as recorded,
 * a legend in words, and a county's card opened from the keyboard alone (state, county, Enter),
 * with the focus going into the card and back to the list when it closes. Offline: only the map
 * tiles fail to load.
 */
@CleanDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class CountyMapBrowserTest {

    private static final String TRAVIS = "48453";

    @LocalServerPort
    int port;

    @Autowired
    Counties counties;

    @Autowired
    Directory directory;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        wait = Browser.waitUpTo(browser, Duration.ofSeconds(30));
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', function (e) {
                  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
                });
                """));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void openWithCounties(String path) {
        browser.get("http://127.0.0.1:" + port + path);
        wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-counties", "ready"));
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("tile.openstreetmap.org"))
                .toList();
    }

    private void recordTravis() {
        CountyEditResult saved = counties.edit(TRAVIS, new CountyEdit("limits", "task-force", null, null, null, "active",
                new MeetingEdit("Commissioners Court", "2030-12-10T09:00", "America/Chicago", null)), Actor.adminToken());
        assertThat(saved).isInstanceOf(CountyEditResult.Saved.class);
        long id = directory.register(new NewCongregation("St. Ignatius Austin", Tradition.CATHOLIC, "78701", null, "Ana Ruiz",
                "ana@example.org", null, null, false, false, Channel.WEB, null)).id();
        directory.approve(id);
    }

    private String attribute(String css, String name) {
        return browser.findElement(By.cssSelector(css)).getDomAttribute(name);
    }

    @Test
    void theCountyLayerDrawsEveryCountyByPolicyAndCampaignWithALegendInWords() throws Exception {
        recordTravis();
        browser.manage().logs().get(LogType.BROWSER).getAll();   // only this page's messages count
        openWithCounties("/");

        Number drawn = (Number) browser.executeScript("return document.querySelectorAll('#map path.county').length");
        assertThat(drawn.intValue()).as("counties drawn").isGreaterThan(3000);
        assertThat(attribute("#map path.fips-48453", "fill")).isEqualTo("#e0a030");   // limits
        assertThat(attribute("#map path.fips-48453", "stroke")).isEqualTo("#7a2e8e");   // active campaign
        assertThat(attribute("#map path.fips-48201", "fill")).isEqualTo("#7b241c");   // Harris, TX: state law requires
        assertThat(attribute("#map path.fips-48201", "stroke-width")).isEqualTo("0.4");   // no campaign

        WebElement legend = browser.findElement(By.id("county-legend"));
        assertThat(legend.isDisplayed()).isTrue();
        assertThat(legend.getText()).contains("Fill: how the jail answers ICE detainer requests", "Honors them: holds people for ICE",
                "Limits them", "Declines them", "State law makes the jail honor them", "Not known yet",
                "Outline: our campaign there", "No campaign yet", "A team is forming", "Active campaign", "Won");
        assertThat(browser.findElement(By.id("county-status")).getText()).isEqualTo("1 county with a campaign.");
        assertThat(consoleErrors()).isEmpty();
        assertThat((List<?>) browser.executeScript("return window.__cspViolations")).isEmpty();
        browser.executeScript("document.getElementById('map').scrollIntoView()");
        Path shot = Path.of("target", "screenshots", "counties.png");
        Files.createDirectories(shot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    void aCountysCardOpensFromTheKeyboardAndTheFocusComesBackWhenItCloses() {
        recordTravis();
        openWithCounties("/");

        WebElement state = browser.findElement(By.id("county-state"));
        state.sendKeys("Texas");
        wait.until(d -> "TX".equals(state.getDomProperty("value")));
        state.sendKeys(Keys.TAB);
        WebElement county = browser.switchTo().activeElement();
        assertThat(county.getDomAttribute("id")).isEqualTo("county-pick");
        county.sendKeys("Travis");
        wait.until(d -> TRAVIS.equals(county.getDomProperty("value")));
        county.sendKeys(Keys.TAB);
        WebElement button = browser.switchTo().activeElement();
        assertThat(button.getText()).isEqualTo("Show its card");
        button.sendKeys(Keys.ENTER);

        By content = By.cssSelector(".leaflet-popup-content");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(content, "Travis County, Texas"));
        WebElement card = browser.findElement(content);
        assertThat(card.getText()).contains("Travis County, Texas", "Detainer requests: Limits them",
                "287(g) agreement with ICE: Task force model", "Campaign: Active campaign",
                "1 partner congregation listed here", "Next public meeting: Commissioners Court, Tue, Dec 10, 9:00 AM CST",
                "Open the county's page");
        assertThat(browser.switchTo().activeElement()).as("the card takes the focus").isEqualTo(card);
        assertThat(card.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("/county/48453?lang=en");

        card.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.numberOfElementsToBe(content, 0));
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).as("back to the list").isEqualTo("county-pick");
    }

    /** Connecticut's planning regions (2022) are newer than us-atlas's shapes: their cards open under the lists. */
    @Test
    void aCountyWithoutAShapeOnTheMapStillOpensItsCard() {
        openWithCounties("/");
        assertThat(browser.findElements(By.cssSelector("#map path.fips-09110"))).isEmpty();

        WebElement state = browser.findElement(By.id("county-state"));
        state.sendKeys("Connecticut");
        wait.until(d -> "CT".equals(state.getDomProperty("value")));
        WebElement county = browser.findElement(By.id("county-pick"));
        county.sendKeys("Capitol");
        wait.until(d -> "09110".equals(county.getDomProperty("value")));
        county.sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        WebElement panel = browser.findElement(By.id("county-card"));
        wait.until(ExpectedConditions.visibilityOf(panel));
        assertThat(panel.getText()).contains("Capitol Region, Connecticut", "Campaign: No campaign yet",
                "Open the county's page");
        assertThat(browser.switchTo().activeElement()).as("the card takes the focus").isEqualTo(panel);
        assertThat(browser.findElements(By.cssSelector(".leaflet-popup-content"))).isEmpty();
    }

    @Test
    void inSpanishTheLegendAndTheCardSpeakSpanish() {
        recordTravis();
        openWithCounties("/?lang=es");

        assertThat(browser.findElement(By.id("county-legend")).getText()).contains("Las cumple: retiene a personas para ICE",
                "Campaña activa");
        WebElement state = browser.findElement(By.id("county-state"));
        state.sendKeys("Texas");
        wait.until(d -> "TX".equals(state.getDomProperty("value")));
        WebElement county = browser.findElement(By.id("county-pick"));
        county.sendKeys("Travis");
        wait.until(d -> TRAVIS.equals(county.getDomProperty("value")));
        county.submit();

        By content = By.cssSelector(".leaflet-popup-content");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(content, "Condado de Travis, Texas"));
        assertThat(browser.findElement(content).getText()).contains("Solicitudes de retención: Las limita",
                "Campaña: Campaña activa", "1 congregación aliada en este condado", "Abrir la página del condado");
    }
}
