package org.beloved.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.BelovedApplication;
import org.beloved.app.HttpFixtures;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditEvent;
import org.beloved.organizers.AuditLog;
import org.beloved.organizers.NewOrganizer;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.shared.Channel;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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
 * The organizer console in headless Chromium at a phone's width (390 px): an organizer signs in with
 * the code the fake Twilio received, approves a pending listing (it is then on the public map's
 * data), edits it (a new name, its phone shown), schedules a webinar and moves it, goes through every console page in English and Spanish, each free of WCAG 2.1 A and AA
 * violations by axe-core and without sideways scrolling, and signs out; a form posted without its
 * CSRF token is refused; a phone that is no organizer gets nothing and reaches no console page.
 */
@CleanDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.properties.org.quartz.scheduler.instanceName=console-browser-test")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ConsoleBrowserTest {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final String ORGANIZER = "+14155550162";
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> PAGES = List.of("/organize/today", "/organize/listings", "/organize/counties",
            "/organize/alerts", "/organize/webinars", "/organize/organizers", "/organize/audit", "/organize/export");

    @LocalServerPort
    int port;

    @Autowired
    OrganizerRoster roster;

    @Autowired
    Directory directory;

    @Autowired
    Webinars webinars;

    @Autowired
    AuditLog audit;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @DynamicPropertySource
    static void smsSettings(DynamicPropertyRegistry registry) {
        TwilioWebhooks.smsSettings(registry, TWILIO);
    }

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        wait = Browser.waitUpTo(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        TWILIO.close();
    }

    @BeforeEach
    void organizer() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
        browser.manage().deleteAllCookies();
        assertThat(roster.add(new NewOrganizer("Ana Ruiz", null, ORGANIZER), Actor.settings()).organizer()).isPresent();
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
        loaded();
    }

    private void loaded() {
        wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    /** Clicks a button that posts its form, and waits for the page it leads to (not the one it leaves). */
    private void submit(By button) {
        WebElement leaving = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        wait.until(Browser.gone(leaving));
        loaded();
    }

    private String path() {
        return browser.getCurrentUrl().replaceFirst("^http://127\\.0\\.0\\.1:[0-9]+", "");
    }

    /** axe-core's WCAG 2.1 A and AA rules find nothing, and nothing is wider than the phone's screen. */
    private void accessibleAtPhoneWidth() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getViolations()).as(path() + ": " + results.getViolations().stream()
                .map(r -> r.getId() + " " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList()).extracting(Rule::getId).isEmpty();
        Number scroll = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number width = (Number) browser.executeScript("return document.documentElement.clientWidth");
        assertThat(scroll.intValue()).as(path() + " scrolls sideways").isLessThanOrEqualTo(width.intValue());
    }

    private void signIn(String phone) {
        open("/organize");
        accessibleAtPhoneWidth();
        browser.findElement(By.id("target")).sendKeys(phone);
        browser.findElement(By.id("send-code")).click();
        wait.until(d -> path().startsWith("/organize/code"));
        loaded();
    }

    private String codeTwilioReceived() {
        wait.until(d -> TWILIO.accepted().stream().anyMatch(a -> a.to().equals(ORGANIZER)));
        Matcher m = CODE.matcher(TWILIO.accepted().stream().filter(a -> a.to().equals(ORGANIZER)).findFirst()
                .orElseThrow().body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void anOrganizerSignsInApprovesAListingAndSignsOut() {
        long pending = directory.register(new NewCongregation("Pending Parish", Tradition.CATHOLIC, "60614", "1 Side St",
                "Rosa Diaz", "rosa@example.org", null, null, true, false, Channel.WEB, null)).id();
        assertThat(HttpFixtures.get(port, "/api/congregations.geojson").body()).doesNotContain("Pending Parish");

        signIn("(415) 555-0162");
        accessibleAtPhoneWidth();
        browser.findElement(By.id("code")).sendKeys(codeTwilioReceived());
        browser.findElement(By.id("check-code")).click();
        wait.until(d -> path().startsWith("/organize/today"));
        loaded();
        assertThat(browser.findElement(By.id("today-pending")).getText()).contains("Pending Parish");
        assertThat(browser.findElements(By.cssSelector("#chart-texts svg"))).hasSize(1);
        accessibleAtPhoneWidth();

        browser.findElement(By.id("nav-listings")).click();
        wait.until(d -> path().startsWith("/organize/listings"));
        loaded();
        accessibleAtPhoneWidth();
        browser.findElement(By.id("approve-" + pending)).click();
        wait.until(d -> !browser.findElements(By.id("notice")).isEmpty());
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Approved: Pending Parish");
        assertThat(HttpFixtures.get(port, "/api/congregations.geojson").body()).contains("Pending Parish");

        editTheListing(pending);
        scheduleAndMoveAWebinar();

        for (String page : PAGES) {
            for (String lang : List.of("en", "es")) {
                open(page + "?lang=" + lang);
                assertThat(path()).startsWith(page);
                assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
                accessibleAtPhoneWidth();
            }
        }
        open("/organize/audit?action=listing.approve");
        assertThat(browser.findElement(By.id("events")).getText()).contains("Ana Ruiz", "listing.approve", "console");

        open("/organize/organizers");
        browser.executeScript("document.querySelector('#add-organizer input[name=_csrf]').remove()");
        browser.findElement(By.id("displayName")).sendKeys("No Token");
        browser.findElement(By.id("phone")).sendKeys("4155550163");
        submit(By.id("add-button"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Error 403");
        assertThat(roster.all()).extracting(o -> o.displayName()).containsExactly("Ana Ruiz");

        open("/organize/today");
        browser.findElement(By.id("sign-out")).click();
        wait.until(d -> !browser.findElements(By.id("signed-out")).isEmpty());
        accessibleAtPhoneWidth();
        open("/organize/today");
        assertThat(path()).isEqualTo("/organize");
    }

    /**
     * The listing's edit page in both languages, once refused (an unknown ZIP: problems shown) and
     * once saved with a new name and its phone's box ticked: the map's data shows both at once.
     */
    private void editTheListing(long id) {
        open("/organize/listings?q=pending");
        browser.findElement(By.id("result-edit-" + id)).click();
        wait.until(d -> path().startsWith("/organize/listings/" + id));
        loaded();
        accessibleAtPhoneWidth();
        browser.findElement(By.id("zip")).clear();
        browser.findElement(By.id("zip")).sendKeys("00000");
        submit(By.id("listing-save"));
        assertThat(browser.findElement(By.id("problems")).getText()).contains("That ZIP code does not exist.");
        accessibleAtPhoneWidth();
        browser.findElement(By.id("zip")).clear();
        browser.findElement(By.id("zip")).sendKeys("60614");
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys("Pending Parish Church");
        browser.findElement(By.id("contactPhone")).sendKeys("(312) 555-0140");
        browser.findElement(By.id("showPhone")).click();
        submit(By.id("listing-save"));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Saved: Pending Parish Church");
        assertThat(HttpFixtures.get(port, "/api/congregations.geojson").body())
                .contains("Pending Parish Church", "+13125550140");
        open("/organize/listings/" + id + "?lang=es");
        accessibleAtPhoneWidth();
    }

    /** A webinar scheduled in Chicago's time, then moved a day later, through the Webinars page's forms. */
    private void scheduleAndMoveAWebinar() {
        open("/organize/webinars");
        browser.findElement(By.id("new-title")).sendKeys("Know your county");
        browser.findElement(By.id("new-titleEs")).sendKeys("Conoce tu condado");
        browser.executeScript("document.getElementById('new-start').value = '2030-12-08T19:00'");
        new Select(browser.findElement(By.id("new-timeZone"))).selectByValue("America/Chicago");
        browser.findElement(By.id("new-joinUrl")).sendKeys("https://meet.example.org/abc");
        new Select(browser.findElement(By.id("new-language"))).selectByValue("both");
        browser.findElement(By.id("schedule")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Scheduled: Know your county"));
        Webinar scheduled = webinars.upcoming().get(0);
        assertThat(scheduled.start()).isEqualTo(Instant.parse("2030-12-09T01:00:00Z"));
        assertThat(scheduled.titleEs()).isEqualTo("Conoce tu condado");
        accessibleAtPhoneWidth();

        browser.findElement(By.cssSelector("#webinar-" + scheduled.id() + " summary")).click();
        browser.executeScript("document.getElementById('w" + scheduled.id() + "-start').value = '2030-12-09T19:00'");
        browser.findElement(By.id("save-" + scheduled.id())).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Changed: Know your county"));
        assertThat(webinars.find(scheduled.id()).orElseThrow().start()).isEqualTo(Instant.parse("2030-12-10T01:00:00Z"));
        assertThat(browser.findElement(By.id("reminders-" + scheduled.id())).getText())
                .contains("1 hour before: Mon Dec 9, 6:00 PM CST (Tue Dec 10, 12:00 AM UTC).");
        assertThat(audit.newest(null, 10)).extracting(AuditEvent::action).contains("webinar.create", "webinar.edit");
        assertThat(audit.newest(null, 10)).filteredOn(e -> e.action().startsWith("webinar."))
                .extracting(AuditEvent::actor).containsOnly("Ana Ruiz");
    }

    @Test
    void aPhoneThatIsNoOrganizerGetsNothingAndReachesNoConsolePage() throws Exception {
        signIn("(415) 555-0199");
        browser.findElement(By.id("code")).sendKeys("123456");
        submit(By.id("check-code"));
        assertThat(browser.findElement(By.id("code-error")).getText()).contains("Tries left: 4");
        for (String page : PAGES) {
            open(page);
            assertThat(path()).as(page).isEqualTo("/organize");
        }
        Thread.sleep(500);
        assertThat(TWILIO.received()).isEmpty();
    }
}
