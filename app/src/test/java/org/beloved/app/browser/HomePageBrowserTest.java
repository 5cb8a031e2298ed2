package org.beloved.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.beloved.BelovedApplication;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.directory.ZipCode;
import org.beloved.directory.ZipCodes;
import org.beloved.directory.ZipLookup;
import org.beloved.shared.Channel;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
 * The home page in headless Chromium against the running application and the real database. The
 * machine is offline: map tiles do not load (their errors are the only console errors allowed),
 * and the markers, panels and forms must work regardless.
 */
@CleanDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class HomePageBrowserTest {

    private static final String TILE_HOST = "tile.openstreetmap.org";

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    Webinars webinars;

    @Autowired
    ZipCodes zipCodes;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private final List<String> cspConsole = new java.util.ArrayList<>();

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        wait = Browser.waitUpTo(browser, Duration.ofSeconds(15));
        // Before any page script runs, on every page: each Content-Security-Policy violation is kept for cspViolations().
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

    /** Opens the page; whatever the test then does, the page must have kept to its Content-Security-Policy. */
    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
        wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    /** The browser's console since it was last read; what it says about the Content-Security-Policy is kept. */
    private List<LogEntry> browserLog() {
        List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
        entries.stream().map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy"))
                .forEach(cspConsole::add);
        return entries;
    }

    /** What the browser refused under the page's Content-Security-Policy: the listener's record and the console's. */
    @SuppressWarnings("unchecked")
    private List<String> cspViolations() {
        List<String> seen = new java.util.ArrayList<>((List<String>) browser.executeScript(
                "return window.__cspViolations || ['the violation listener is missing']"));
        browserLog();
        seen.addAll(cspConsole);
        return seen;
    }

    @AfterEach
    void thePageKeptToItsContentSecurityPolicy() {
        try {
            assertThat(cspViolations()).isEmpty();
        } finally {
            cspConsole.clear();
        }
    }

    private void openWithMap(String path) {
        open(path);
        wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
    }

    private long listed(String name, Tradition tradition, String zip, boolean showEmail) {
        long id = pending(name, tradition, zip, showEmail);
        directory.approve(id);
        return id;
    }

    private long pending(String name, Tradition tradition, String zip, boolean showEmail) {
        return directory.register(new NewCongregation(name, tradition, zip, "12 Hidden Lane", "Ana Ruiz",
                "ana@example.org", null, null, showEmail, false, Channel.WEB, null)).id();
    }

    /** Read in one script: markers are redrawn as the map moves, so element handles could go stale. */
    @SuppressWarnings("unchecked")
    private List<String> markerTitles() {
        return (List<String>) browser.executeScript("return Array.from(document.querySelectorAll("
                + "'#map .leaflet-marker-icon')).map(function (m) { return m.getAttribute('title'); })");
    }

    private List<String> consoleErrors() {
        return browserLog().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains(TILE_HOST))
                .toList();
    }

    /** Congregations the markers in view stand for: a numbered marker counts its number. */
    private int congregationsShown() {
        Object n = browser.executeScript("return Array.from(document.querySelectorAll('#map .leaflet-marker-icon'))"
                + ".reduce(function (n, m) { var k = m.textContent.trim(); return n + (k ? parseInt(k, 10) : 1); }, 0)");
        return ((Number) n).intValue();
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String textOf(String id) {
        return wait.until(d -> {
            String text = browser.findElement(By.id(id)).getText();
            return text.isBlank() ? null : text;
        });
    }

    @Test
    void thePageLoadsWithoutErrorsAndTheMapShowsOnlyListedCongregations() throws Exception {
        listed("Mission Friends", Tradition.QUAKER, "94110", true);
        listed("Brooklyn Shul", Tradition.JEWISH, "11211", false);
        pending("Pending Parish", Tradition.CATHOLIC, "60614", true);
        browserLog();   // only this page's messages count
        openWithMap("/");

        assertThat(markerTitles()).containsExactlyInAnyOrder("Mission Friends", "Brooklyn Shul");
        assertThat(browser.getPageSource()).doesNotContain("Pending Parish");
        assertThat(textOf("map-status")).isEqualTo("2 congregations on the map.");

        browser.findElement(By.cssSelector("#map .leaflet-marker-icon[title='Mission Friends']")).click();
        WebElement popup = popupShowing("Mission Friends");
        assertThat(popup.getText()).contains("Mission Friends", "Quaker", "San Francisco, CA", "Ana Ruiz", "ana@example.org")
                .doesNotContain("Hidden Lane");
        Thread.sleep(1000);   // the map pans to make room for the popup; the popup must survive that
        assertThat(browser.findElements(By.cssSelector(".leaflet-popup-content"))).hasSize(1);

        assertThat(consoleErrors()).isEmpty();
        assertThat(cspViolations()).as("the page works under its Content-Security-Policy").isEmpty();
        Path shot = Path.of("target", "screenshots", "home.png");
        Files.createDirectories(shot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    void thousandsOfCongregationsMergeIntoNumberedMarkersThatZoomIn() {
        int listed = TestDatabase.jdbc().sql("""
                insert into congregation (name, name_key, tradition, zip, latitude, longitude, contact_name, contact_email,
                    show_email, status, source_channel, created_at, updated_at)
                select 'Congregation ' || zip, 'congregation ' || zip, 'INTERFAITH', zip, latitude, longitude, 'Organizer',
                    'o@example.org', false, 'listed', 'WEB', now(), now()
                from zip_code where state in ('CA', 'NY', 'IL', 'TX') order by zip limit 3000
                """).update();
        assertThat(listed).isEqualTo(3000);
        browserLog();
        openWithMap("/");
        assertThat(textOf("map-status")).isEqualTo("3000 congregations on the map.");
        List<WebElement> clusters = browser.findElements(By.cssSelector("#map .pin.cluster"));
        assertThat(clusters).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#map .leaflet-marker-icon")).size()).isLessThan(300);
        int before = congregationsShown();
        assertThat(before).isGreaterThan(1000);

        Object bareNumbers = browser.executeScript("return Array.from(document.querySelectorAll('#map .leaflet-marker-icon'))"
                + ".filter(function (m) { return !/[a-z]/i.test(m.getAttribute('aria-label') || ''); }).length");
        assertThat(((Number) bareNumbers).intValue()).as("every marker is named by a sentence").isZero();
        WebElement biggest = clusters.stream().max(java.util.Comparator.comparingInt(c -> Integer.parseInt(c.getText())))
                .orElseThrow();
        assertThat(biggest.getDomAttribute("aria-label")).matches("\\d+ congregations here: zoom in to see them");
        biggest.sendKeys(Keys.ENTER);   // from the keyboard, as a click would: zooms in on that cluster's area
        wait.until(d -> congregationsShown() < before);
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).as("the focus stays on the map").isEqualTo("map");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aRegionsMapOpensOnItsRegion() {
        listed("Mission Friends", Tradition.QUAKER, "94110", false);
        listed("Oakland Friends", Tradition.QUAKER, "94612", false);
        openWithMap("/");
        // Ten miles apart: one merged marker on a map of the whole country, two on a map of the Bay Area.
        assertThat(markerTitles()).containsExactlyInAnyOrder("Mission Friends", "Oakland Friends");
    }

    @Test
    void everyFieldHasALabelAndAMarkerOpensFromTheKeyboard() {
        listed("Mission Friends", Tradition.QUAKER, "94110", false);
        openWithMap("/");
        Object unlabeled = browser.executeScript("""
                return Array.from(document.querySelectorAll('input, select, textarea'))
                  .filter(function (f) { return !(f.labels && f.labels.length); })
                  .map(function (f) { return f.id || f.name; });
                """);
        assertThat((List<?>) unlabeled).isEmpty();
        assertThat(textOf("map-status")).isEqualTo("1 congregation on the map.");
        WebElement marker = browser.findElement(By.cssSelector("#map .leaflet-marker-icon[title='Mission Friends']"));
        assertThat(marker.getDomAttribute("tabindex")).isEqualTo("0");
        assertThat(marker.getDomAttribute("aria-label")).isEqualTo("Mission Friends");
        marker.sendKeys(Keys.ENTER);
        WebElement popup = popupShowing("Mission Friends");
        assertThat(popup.getText()).contains("Mission Friends", "Quaker").doesNotContain("Contact");
        assertThat(browser.switchTo().activeElement()).as("the popup takes the focus").isEqualTo(popup);
    }

    @Test
    void aZipSearchListsPartnersNearestFirst() {
        listed("Oakland Friends", Tradition.QUAKER, "94612", false);
        listed("Civic Center Church", Tradition.PROTESTANT, "94102", false);
        listed("Mission Friends", Tradition.QUAKER, "94110", true);
        open("/");
        type("find-zip", "94110");
        browser.findElement(By.cssSelector("#find button[type=submit]")).click();
        List<WebElement> items = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#partners li"), 3));
        assertThat(items.get(0).getText()).startsWith("Mission Friends - Quaker - San Francisco, CA - 0");
        assertThat(items.get(1).getText()).startsWith("Civic Center Church");
        assertThat(items.get(2).getText()).startsWith("Oakland Friends");
        assertThat(textOf("partners-heading")).contains("94110");
    }

    @Test
    void farFromEveryoneTheThreeNearestAreListedWithConsentedContactsOnly() {
        listed("Lakeview Church", Tradition.PROTESTANT, "60614", true);
        listed("Mission Friends", Tradition.QUAKER, "94110", false);
        listed("Oakland Friends", Tradition.QUAKER, "94612", false);
        listed("Brooklyn Shul", Tradition.JEWISH, "11211", false);
        open("/");
        type("find-zip", "99501");
        browser.findElement(By.cssSelector("#find button[type=submit]")).click();
        List<WebElement> items = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#partners li"), 3));
        assertThat(textOf("partners-heading")).contains("The nearest is Mission Friends");
        assertThat(items).extracting(WebElement::getText).noneMatch(text -> text.startsWith("Brooklyn Shul"));
        assertThat(items.get(0).getText()).startsWith("Mission Friends");
        assertThat(items.get(2).getText()).startsWith("Lakeview Church");
        assertThat(browser.findElements(By.cssSelector("#partners a[href='mailto:ana@example.org']"))).hasSize(1);
    }

    @Test
    void theResultsListCarriesTheSameContactActionsAsThePopup() {
        listed("Mission Friends", Tradition.QUAKER, "94110", true);
        listed("Civic Center Church", Tradition.PROTESTANT, "94102", false);
        open("/");
        type("find-zip", "94110");
        browser.findElement(By.cssSelector("#find button[type=submit]")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#partners li"), 2));
        WebElement write = browser.findElement(By.cssSelector("#partners li:first-child a[href='mailto:ana@example.org']"));
        assertThat(write.getText()).isEqualTo("ana@example.org");
        assertThat(browser.findElements(By.cssSelector("#partners li:nth-child(2) a")))
                .as("no contact without its yes").isEmpty();
    }

    /** Without {@code beloved.web.sms-number} the page has no number to text, so no CONNECT action. */
    @Test
    void withoutTheBotsNumberNoConnectActionIsShown() {
        long id = directory.register(new NewCongregation("Texting Friends", Tradition.QUAKER, "94110", null, "Ana Ruiz",
                "ana@example.org", "+14155550162", null, true, false, Channel.SMS, "+14155550162")).id();
        directory.approve(id);
        open("/");
        type("find-zip", "94110");
        browser.findElement(By.cssSelector("#find button[type=submit]")).click();
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#partners li")));
        assertThat(item.getText()).startsWith("Texting Friends").contains("ana@example.org").doesNotContain("CONNECT");
        assertThat(browser.findElements(By.cssSelector("#partners .connect"))).isEmpty();
    }

    @Test
    void aZipLinkFromATextListsItsPartnersAndMovesTheMapThere() {
        listed("Lakeview Church", Tradition.PROTESTANT, "60614", true);
        listed("Mission Friends", Tradition.QUAKER, "94110", true);
        openWithMap("/?zip=60614");
        List<WebElement> items = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#partners li"), 1));
        assertThat(items.get(0).getText()).startsWith("Lakeview Church - Protestant - Chicago, IL");
        assertThat(browser.findElement(By.id("find-zip")).getDomProperty("value")).isEqualTo("60614");
        assertThat(textOf("partners-heading")).contains("60614");
        wait.until(d -> markerTitles().contains("Lakeview Church") && !markerTitles().contains("Mission Friends"));
    }

    @Test
    void congregationsSharingAZipCentroidSpreadApart() {
        listed("First Shul", Tradition.JEWISH, "94110", true);
        listed("Second Mosque", Tradition.MUSLIM, "94110", true);
        openWithMap("/");
        WebElement cluster = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#map .pin.cluster")));
        assertThat(cluster.getText()).isEqualTo("2");
        cluster.click();
        wait.until(d -> markerTitles().containsAll(List.of("First Shul", "Second Mosque")));
        browser.findElement(By.cssSelector("#map .leaflet-marker-icon[title='Second Mosque']")).click();
        WebElement popup = popupShowing("Second Mosque");
        assertThat(popup.getText()).contains("Second Mosque", "Muslim", "ana@example.org");
    }

    @Test
    void onAPhoneTheFirstScreenOffersFindingPartnersAndTextingTheBot() {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            open("/");
            long screen = ((Number) browser.executeScript("return window.innerHeight")).longValue();
            for (String id : List.of("first-find", "first-text")) {
                WebElement action = browser.findElement(By.id(id));
                assertThat(action.isDisplayed()).as(id).isTrue();
                assertThat(action.getRect().getY() + action.getRect().getHeight()).as(id + " on the first screen")
                        .isLessThanOrEqualTo((int) screen);
            }
            assertThat(browser.findElement(By.id("first-find")).getText()).isEqualTo("Find partners by ZIP code");
            assertThat(browser.findElement(By.id("first-text")).getText()).isEqualTo("Try the bot here");
            browser.findElement(By.id("first-find")).click();
            wait.until(d -> "find-zip".equals(browser.switchTo().activeElement().getDomAttribute("id"))
                    || browser.getCurrentUrl().endsWith("#find-zip"));
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    void useMyLocationSearchesFromTheNearestZip() {
        listed("Oakland Friends", Tradition.QUAKER, "94612", false);
        ZipCode oakland = ((ZipLookup.Found) zipCodes.lookup("94612")).zipCode();
        open("/");
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
        browser.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", oakland.latitude() + 0.002,
                "longitude", oakland.longitude() - 0.002, "accuracy", 10));
        browser.findElement(By.id("locate")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#partners li"), 1));
        assertThat(browser.findElement(By.id("find-zip")).getDomProperty("value")).isEqualTo("94612");
        assertThat(browser.findElement(By.cssSelector("#partners li")).getText()).startsWith("Oakland Friends");
    }

    @Test
    void aBadZipShowsAnInlineErrorInPlaceOfEarlierResults() {
        listed("Mission Friends", Tradition.QUAKER, "94110", false);
        open("/");
        type("find-zip", "94110");
        browser.findElement(By.cssSelector("#find button[type=submit]")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#partners li"), 1));

        type("find-zip", "9411");
        browser.findElement(By.cssSelector("#find button[type=submit]")).click();
        assertThat(textOf("find-error")).isEqualTo("Please type a 5-digit ZIP code, like 94110.");
        assertThat(browser.findElements(By.cssSelector("#partners li"))).isEmpty();
        type("find-zip", "00000");
        browser.findElement(By.cssSelector("#find button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("find-error"), "unknown ZIP code 00000"));
        assertThat(browser.findElements(By.cssSelector("#partners li"))).isEmpty();
        assertThat(browser.findElement(By.id("partners-heading")).getText()).isEmpty();
    }

    @Test
    void signingUpCreatesAPendingRegistrationAndSaysSo() {
        open("/");
        browser.findElement(By.cssSelector("#signup button[type=submit]")).click();
        assertThat(textOf("su-name-error")).isNotBlank();
        assertThat(browser.findElement(By.id("su-name")).getDomAttribute("aria-invalid")).isEqualTo("true");

        type("su-name", "Temple Beth Shalom");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("su-tradition"))).selectByValue("JEWISH");
        type("su-zip", "60614");
        type("su-contact", "Rabbi Cohen");
        type("su-email", "office@example.org");
        type("su-phone", "+14155550123");
        browser.findElement(By.id("su-show-email")).click();   // a yes for the email only
        browser.findElement(By.cssSelector("#signup button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signup-result"), "waiting for an organizer"));

        assertThat(TestDatabase.jdbc().sql("select status || ':' || show_email || ':' || show_phone || ':' || source_channel"
                        + " from congregation where name = ?")
                .param("Temple Beth Shalom").query(String.class).single()).isEqualTo("pending:true:false:WEB");
        openWithMap("/");
        assertThat(markerTitles()).doesNotContain("Temple Beth Shalom");
    }

    @Test
    void theSpanishSwitchChangesThePage() {
        open("/");
        browser.findElement(By.id("other-language")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "es"));
        assertThat(browser.findElement(By.id("find-title")).getText()).isEqualTo("Encuentra socios cerca de ti");
        assertThat(browser.findElement(By.id("signup-title")).getText()).isEqualTo("Pon tu congregación en el mapa");
        type("find-zip", "abc");
        browser.findElement(By.cssSelector("#find button[type=submit]")).click();
        assertThat(textOf("find-error")).isEqualTo("Escribe un código postal de 5 dígitos, como 94110.");
        wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
        assertThat(browser.findElement(By.cssSelector(".leaflet-control-zoom-in")).getDomAttribute("title")).isEqualTo("Acercar");
        browser.executeScript("localStorage.clear()");   // a visitor the bot does not know yet
        type("text", "AYUDA");
        browser.findElement(By.cssSelector("#send button[type=submit]")).click();
        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#log .msg.bot")));
        assertThat(answer.getText()).contains("AYUDA - esta lista");
        browser.findElement(By.id("other-language")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    }

    @Test
    void anUnknownPageIsTheSitesOwnErrorPageInSpanish() {
        open("/no/such/page?lang=es");
        assertThat(browser.findElement(By.id("error-title")).getText()).isEqualTo("Página no encontrada");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
        browser.findElement(By.cssSelector("main a.button")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "es"));
        assertThat(browser.findElement(By.id("find-title")).getText()).isEqualTo("Encuentra socios cerca de ti");
    }

    @Test
    void theChatSimulatorAnswersHelp() {
        open("/");
        type("text", "HELP");
        browser.findElement(By.cssSelector("#send button[type=submit]")).click();
        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#log .msg.bot")));
        assertThat(answer.getText()).contains("Beloved connects faith communities", "HELP - this list");
    }

    @Test
    void theToolkitPdfLinkReturnsAPdf() throws Exception {
        open("/");
        String href = browser.findElement(By.id("toolkit-pdf")).getDomProperty("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void webinarsShowInTheVisitorsTimeZone() {
        webinars.create(new WebinarDraft("Meet your sheriff", "", "2030-12-10T19:00", "America/Chicago", 60,
                "https://meet.example.org/sheriff", "en"));
        browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/New_York"));
        try {
            open("/");
            WebElement time = browser.findElement(By.cssSelector("#webinars time"));
            wait.until(d -> time.getText().contains("EST"));
            assertThat(time.getText()).contains("Dec 10", "8:00", "PM", "EST");
            assertThat(browser.findElement(By.id("times-note")).getText()).isEqualTo("Times are shown in your time zone.");
            assertThat(browser.findElement(By.cssSelector("#webinars a")).getDomProperty("href"))
                    .isEqualTo("https://meet.example.org/sheriff");
        } finally {
            browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));   // empty: the machine's zone again
        }
    }

    /** The open popup once the map has panned to show it whole: while it moves, the popup's top (the name) can be clipped. */
    private WebElement popupShowing(String name) {
        By content = By.cssSelector(".leaflet-popup-content");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(content, name));
        return browser.findElement(content);
    }
}
