package org.beloved.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.BelovedApplication;
import org.beloved.counties.Counties;
import org.beloved.counties.DetainerPolicy;
import org.beloved.organizers.Actor;
import org.beloved.organizers.NewOrganizer;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console's Counties and Alerts pages in headless Chromium at 390 px: an organizer records a
 * county's policy, then drafts an urgent SMS alert to that one county (San Francisco, 06075); the
 * preview counts its two opted-in SMS subscribers (opted in by signed ALERTS webhooks), not the one in
 * Cook County; nothing goes before the confirmation; after it the fake Twilio receives the alert
 * exactly as many times as the preview counted, and the refreshed report says so. Another organizer
 * picks the audience on the county map (a click on Alameda; Space and Enter on a focused county add
 * it and take it away) and in the state's list (San Francisco), everything typed kept, and the
 * preview reaches both counties' subscribers. Each new page (the compose page with the picker open
 * too), in English and Spanish, has no WCAG 2.1 A or AA violation by axe-core and does not scroll
 * sideways.
 */
@CleanDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.quartz.properties.org.quartz.scheduler.instanceName=console-alerts-browser-test",
                "beloved.messaging.dispatch-enabled=true", "beloved.messaging.dispatch-interval=100ms",
                "beloved.messaging.sms-per-second=50"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ConsoleAlertsBrowserTest {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final String ORGANIZER = "+14155550172";
    private static final String PICKER = "+14155550173";
    private static final String OAKLAND = "+15105550884";
    private static final List<String> SAN_FRANCISCO = List.of("+14155550881", "+14155550882");
    private static final String COOK = "+13125550883";
    private static final String ALERT = "Supervisors vote Tuesday 2pm on ICE holds. Come to City Hall.";
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final AtomicInteger SIDS = new AtomicInteger(52000);

    @LocalServerPort
    int port;

    @Autowired
    OrganizerRoster roster;

    @Autowired
    Counties counties;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @DynamicPropertySource
    static void smsSettings(DynamicPropertyRegistry registry) {
        TwilioWebhooks.smsSettings(registry, TWILIO);
    }

    @BeforeAll
    void startBrowser() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        wait = Browser.waitUpTo(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        TWILIO.close();
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
        loaded();
    }

    private void loaded() {
        wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    private String path() {
        return browser.getCurrentUrl().replaceFirst("^http://127\\.0\\.0\\.1:[0-9]+", "");
    }

    private void accessibleAtPhoneWidth() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getViolations()).as(path() + ": " + results.getViolations().stream()
                .map(r -> r.getId() + " " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList()).extracting(Rule::getId).isEmpty();
        Number scroll = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number width = (Number) browser.executeScript("return document.documentElement.clientWidth");
        assertThat(scroll.intValue()).as(path() + " scrolls sideways").isLessThanOrEqualTo(width.intValue());
    }

    /** Both languages of the page at this path (its own query kept), each accessible. */
    private void accessibleInBothLanguages(String path) {
        for (String lang : List.of("es", "en")) {
            open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
            accessibleAtPhoneWidth();
        }
    }

    private void optIn(String phone, String zip) {
        HttpResponse<String> response = TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), phone, "ALERTS " + zip));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Action alerts are on");
    }

    private static List<FakeTwilio.Accepted> alertTexts() {
        return TWILIO.accepted().stream().filter(a -> a.body().contains(ALERT)).toList();
    }

    private void signIn(String phone) {
        int before = codes(phone).size();
        open("/organize");
        browser.findElement(By.id("target")).sendKeys(phone);
        browser.findElement(By.id("send-code")).click();
        wait.until(d -> path().startsWith("/organize/code"));
        wait.until(d -> codes(phone).size() > before);
        Matcher m = CODE.matcher(codes(phone).get(before).body());
        assertThat(m.find()).isTrue();
        browser.findElement(By.id("code")).sendKeys(m.group(1));
        browser.findElement(By.id("check-code")).click();
        wait.until(d -> path().startsWith("/organize/today"));
        loaded();
    }

    private static List<FakeTwilio.Accepted> codes(String phone) {
        return TWILIO.accepted().stream().filter(a -> a.to().equals(phone)).toList();
    }

    @Test
    void anOrganizerEditsACountyAndSendsAnAlertThatReachesExactlyThePreviewsRecipients() {
        assertThat(roster.add(new NewOrganizer("Ana Ruiz", null, ORGANIZER), Actor.settings()).organizer()).isPresent();
        SAN_FRANCISCO.forEach(phone -> optIn(phone, "94110"));
        optIn(COOK, "60614");
        signIn(ORGANIZER);

        open("/organize/counties");
        new Select(browser.findElement(By.id("state"))).selectByValue("CA");
        browser.findElement(By.id("q")).sendKeys("San Francisco");
        browser.findElement(By.id("county-search-button")).click();
        wait.until(d -> !browser.findElements(By.id("county-06075")).isEmpty());
        accessibleAtPhoneWidth();
        browser.findElement(By.id("county-06075")).click();
        wait.until(d -> !browser.findElements(By.id("county-edit")).isEmpty());
        new Select(browser.findElement(By.id("detainerPolicy"))).selectByValue("declines");
        browser.findElement(By.id("sourceUrl")).sendKeys("http://sf.gov/not-https");
        browser.findElement(By.id("county-save")).click();
        wait.until(d -> !browser.findElements(By.id("problems")).isEmpty());
        assertThat(browser.findElement(By.id("problems")).getText()).contains("sourceUrl");
        accessibleAtPhoneWidth();
        browser.findElement(By.id("sourceUrl")).clear();
        browser.findElement(By.id("sourceUrl")).sendKeys("https://sf.gov/sanctuary");
        browser.findElement(By.id("county-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "San Francisco, CA"));
        assertThat(counties.find("06075").orElseThrow().detainerPolicy()).isEqualTo(DetainerPolicy.DECLINES);
        accessibleInBothLanguages("/organize/counties?fips=06075");

        browser.findElement(By.id("county-alert")).click();
        wait.until(d -> path().startsWith("/organize/alerts"));
        loaded();
        assertThat(browser.findElement(By.id("counties")).getAttribute("value")).isEqualTo("06075");
        browser.findElement(By.id("text")).sendKeys(ALERT);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("text-count"), "1 SMS segments"));
        browser.findElement(By.id("textEs")).sendKeys("La junta vota el martes a las 2 sobre las retenciones de ICE.");
        browser.findElement(By.id("channel-discord")).click();
        browser.findElement(By.id("urgent")).click();
        accessibleAtPhoneWidth();
        // Enter in a one-line field previews (the form's default button), not "Show its counties".
        browser.findElement(By.id("counties")).sendKeys(Keys.ENTER);
        wait.until(d -> !browser.findElements(By.id("preview-recipients")).isEmpty());
        int recipients = Integer.parseInt(browser.findElement(By.id("preview-recipients")).getText());
        assertThat(recipients).isEqualTo(SAN_FRANCISCO.size());
        String alertPage = path().replaceFirst("\\?.*", "");
        accessibleInBothLanguages(alertPage);
        assertThat(alertTexts()).as("nothing goes before the confirmation").isEmpty();

        browser.findElement(By.id("alert-send")).click();
        wait.until(d -> !browser.findElements(By.id("alert-confirm-send")).isEmpty());
        accessibleAtPhoneWidth();
        browser.findElement(By.id("alert-confirm-send")).click();
        wait.until(d -> !browser.findElements(By.id("report-enqueued")).isEmpty());
        assertThat(browser.findElement(By.id("report-enqueued")).getText()).isEqualTo(Integer.toString(recipients));

        wait.until(d -> alertTexts().size() >= recipients);
        browser.findElement(By.id("alert-refresh")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-sent"), Integer.toString(recipients)));
        accessibleInBothLanguages(alertPage);
        assertThat(alertTexts()).hasSize(recipients).extracting(FakeTwilio.Accepted::to)
                .containsExactlyInAnyOrderElementsOf(SAN_FRANCISCO);

        open("/organize/today");
        assertThat(browser.findElement(By.id("today-alerts")).getText()).contains(ALERT);
        accessibleAtPhoneWidth();
    }

    /** A point of this county's shape on the screen that the shape itself answers (not a neighbour drawn over it). */
    private Number[] pointOn(String fips) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) browser.executeScript("""
                var path = document.getElementById('map-' + arguments[0]);
                path.scrollIntoView({ block: 'center' });
                var box = path.getBoundingClientRect();
                for (var i = 1; i < 12; i++) { for (var j = 1; j < 12; j++) {
                  var x = box.left + box.width * i / 12, y = box.top + box.height * j / 12;
                  if (document.elementFromPoint(x, y) === path) { return [Math.round(x), Math.round(y)]; }
                } }
                return null;""", fips);
        assertThat(xy).as("a visible point of county " + fips).isNotNull();
        return xy.toArray(Number[]::new);
    }

    private String chosenOnMap(String fips) {
        return browser.findElement(By.id("map-" + fips)).getAttribute("aria-checked");
    }

    /** The compose page with the picker open: CA's counties on the map and in the list. */
    private void pickerOpen(String lang) {
        open("/organize/alerts?lang=" + lang);
        new Select(browser.findElement(By.id("audience-state"))).selectByValue("CA");
        wait.until(d -> !browser.findElements(By.id("map-06001")).isEmpty());
    }

    @Test
    void anOrganizerPicksOneCountyOnTheMapAndOneInTheListAndThePreviewReachesBoth() {
        assertThat(roster.add(new NewOrganizer("Rosa Diaz", null, PICKER), Actor.settings()).organizer()).isPresent();
        optIn(SAN_FRANCISCO.get(0), "94110");
        optIn(OAKLAND, "94601");
        optIn(COOK, "60614");
        signIn(PICKER);

        pickerOpen("es");
        browser.findElement(By.id("show-counties")).click();
        wait.until(d -> !browser.findElements(By.id("pick-06075")).isEmpty());
        loaded();
        wait.until(d -> !browser.findElements(By.id("map-06001")).isEmpty());
        assertThat(browser.findElement(By.id("state-counties")).getText()).contains("Condados de CA", "San Francisco (06075)");
        accessibleAtPhoneWidth();

        pickerOpen("en");
        browser.findElement(By.id("text")).sendKeys(ALERT);
        browser.findElement(By.id("textEs")).sendKeys("La junta vota el martes a las 2 sobre las retenciones de ICE.");
        Number[] alameda = pointOn("06001");
        new Actions(browser).moveToLocation(alameda[0].intValue(), alameda[1].intValue()).click().perform();
        wait.until(d -> "06001".equals(browser.findElement(By.id("counties")).getAttribute("value")));
        assertThat(chosenOnMap("06001")).isEqualTo("true");
        assertThat(browser.findElement(By.id("county-map-status")).getText()).contains("Alameda, CA");
        browser.executeScript("document.getElementById('map-06081').focus()");
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        wait.until(d -> "06001, 06081".equals(browser.findElement(By.id("counties")).getAttribute("value")));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(d -> "06001".equals(browser.findElement(By.id("counties")).getAttribute("value")));
        assertThat(chosenOnMap("06081")).isEqualTo("false");
        // A county chosen on the map has its Remove button in the chosen list, as the server's rows do.
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(d -> "06001, 06081".equals(browser.findElement(By.id("counties")).getAttribute("value")));
        assertThat(browser.findElement(By.id("remove-06081")).getAttribute("aria-label")).isEqualTo("Remove San Mateo, CA");
        browser.findElement(By.id("remove-06081")).click();
        wait.until(d -> "06001".equals(browser.findElement(By.id("counties")).getAttribute("value")));
        assertThat(chosenOnMap("06081")).isEqualTo("false");
        assertThat(browser.findElement(By.id("chosen-counties")).getText()).contains("Alameda, CA").doesNotContain("San Mateo");

        browser.findElement(By.id("show-counties")).click();
        wait.until(d -> !browser.findElements(By.id("pick-06075")).isEmpty());
        loaded();
        assertThat(browser.findElement(By.id("text")).getAttribute("value")).isEqualTo(ALERT);
        assertThat(browser.findElement(By.id("chosen-counties")).getText()).contains("Alameda, CA (06001)");
        assertThat(browser.findElement(By.id("pick-06001")).isSelected()).isTrue();
        browser.findElement(By.cssSelector("label[for='pick-06075']")).click();
        wait.until(d -> !browser.findElements(By.id("map-06075")).isEmpty());
        wait.until(d -> "true".equals(chosenOnMap("06075")));
        assertThat(browser.findElement(By.id("chosen-counties")).getText()).contains("San Francisco, CA (06075)");
        assertThat(chosenOnMap("06001")).isEqualTo("true");
        accessibleAtPhoneWidth();

        browser.findElement(By.id("alert-preview")).click();
        wait.until(d -> !browser.findElements(By.id("preview-recipients")).isEmpty());
        assertThat(browser.findElement(By.id("preview-recipients")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("alert-audience")).getText()).contains("06001", "06075");
    }
}
