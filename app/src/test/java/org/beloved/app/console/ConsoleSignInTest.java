package org.beloved.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.BelovedApplication;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditLog;
import org.beloved.organizers.NewOrganizer;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.MutableClock;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in to the organizer console over real HTTP, with the code the fake Twilio received
 * (and the SMS log did not keep): the session cookie's attributes, the 10-minute lifetime, the 5 tries, the limits per target and
 * per client address, the same answer and no message for a phone that is no organizer, CSRF on
 * every form, no console page without signing in, and sign-out.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "beloved.console.codes-per-target-per-hour=3",
                "beloved.console.codes-per-client-per-hour=4",
                "spring.quartz.properties.org.quartz.scheduler.instanceName=console-sign-in-test"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
@Import(ConsoleSignInTest.MovableClock.class)
class ConsoleSignInTest {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static final String ORGANIZER = "+14155550161";
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    @TestConfiguration
    static class MovableClock {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    OrganizerRoster roster;

    @Autowired
    AuditLog audit;

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @DynamicPropertySource
    static void smsSettings(DynamicPropertyRegistry registry) {
        TwilioWebhooks.smsSettings(registry, TWILIO);
    }

    @AfterAll
    static void stopTwilio() {
        TWILIO.close();
    }

    @BeforeEach
    void organizer() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
        assertThat(roster.add(new NewOrganizer("Ana Ruiz", null, ORGANIZER), Actor.settings()).organizer()).isPresent();
    }

    private ConsoleClient client() {
        return new ConsoleClient(port, "203.0.113." + CLIENTS.incrementAndGet());
    }

    private static List<FakeTwilio.Accepted> textsTo(String phone) {
        return TWILIO.accepted().stream().filter(a -> a.to().equals(phone)).toList();
    }

    private static String awaitCode(String phone, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (textsTo(phone).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<FakeTwilio.Accepted> texts = textsTo(phone);
        assertThat(texts).as("texts to the organizer").hasSize(count);
        Matcher m = CODE.matcher(texts.get(count - 1).body());
        assertThat(m.find()).as(texts.get(count - 1).body()).isTrue();
        return m.group(1);
    }

    @Test
    void anOrganizerSignsInWithTheCodeTwilioReceivedAndSignsOut() throws Exception {
        ConsoleClient browser = client();
        HttpResponse<String> page = browser.get("/organize");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"_csrf\"");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/organize").doesNotContain("Secure");

        HttpResponse<String> asked = browser.post("/organize/sign-in", Map.of("target", "(415) 555-0161"));
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/organize/code");
        String code = awaitCode(ORGANIZER, 1);
        assertThat(textsTo(ORGANIZER).get(0).body()).contains("10 minutes");
        assertThat(TestDatabase.jdbc().sql("select body from sms_outbound where to_number = ?").param(ORGANIZER)
                .query(String.class).list()).as("the SMS log keeps no copy of the code").containsExactly("[sign-in code]");
        assertThat(StoredText.columnsHolding(code)).as("no table keeps the code").isEmpty();

        HttpResponse<String> signedIn = browser.enterCode(code);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/organize/today");
        HttpResponse<String> today = browser.get("/organize/today");
        assertThat(today.statusCode()).isEqualTo(200);
        assertThat(today.body()).contains("Signed in as Ana Ruiz");
        assertThat(today.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(audit.newest(null, "console.sign-in", 10)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("Ana Ruiz"))
                .satisfies(e -> assertThat(e.channel()).isEqualTo("console"));
        assertThat(TestDatabase.jdbc().sql("select code_hash from console_sign_in_code").query(String.class).single())
                .doesNotContain(code).hasSize(64);

        assertThat(browser.postWithout("/organize/sign-out", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get("/organize/today").statusCode()).isEqualTo(200);
        HttpResponse<String> out = browser.post("/organize/sign-out", Map.of());
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/organize?signed-out");
        HttpResponse<String> after = browser.get("/organize/today");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/organize");
        assertThat(audit.newest(null, "console.sign-out", 10)).hasSize(1);
    }

    @Test
    void aPhoneThatIsNoOrganizerGetsTheSamePagesAndNoMessage() throws Exception {
        ConsoleClient stranger = client();
        HttpResponse<String> asked = stranger.askCode("+14155550199");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/organize/code");
        HttpResponse<String> codePage = stranger.get("/organize/code");
        assertThat(codePage.statusCode()).isEqualTo(200);
        HttpResponse<String> guess = stranger.enterCode("123456");
        assertThat(guess.statusCode()).isEqualTo(200);
        assertThat(guess.body()).contains("Tries left: 4");

        client().askCode(ORGANIZER);
        awaitCode(ORGANIZER, 1);   // the organizer's code arrived after the stranger's request...
        assertThat(TWILIO.accepted()).hasSize(1);   // ...and nothing went to the stranger
        for (String page : List.of("/organize/today", "/organize/listings", "/organize/organizers", "/organize/audit",
                "/organize/export")) {
            HttpResponse<String> refused = stranger.get(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/organize");
        }
        assertThat(stranger.post("/organize/export/download", Map.of()).statusCode()).isEqualTo(302);
    }

    @Test
    void aCodeTakesFiveTriesAtMost() throws Exception {
        ConsoleClient browser = client();
        browser.askCode(ORGANIZER);
        String code = awaitCode(ORGANIZER, 1);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 1; left--) {
            assertThat(browser.enterCode(wrong).body()).contains("Tries left: " + left);
        }
        HttpResponse<String> fifth = browser.enterCode(wrong);
        assertThat(fifth.body()).contains("no longer works");
        HttpResponse<String> right = browser.enterCode(code);
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/organize");
        assertThat(browser.get("/organize/today").statusCode()).isEqualTo(302);
    }

    @Test
    void aCodeExpiresAfterTenMinutes() throws Exception {
        ConsoleClient late = client();
        late.askCode(ORGANIZER);
        String code = awaitCode(ORGANIZER, 1);
        CLOCK.advance(Duration.ofMinutes(10));
        assertThat(late.enterCode(code).body()).contains("no longer works");
        assertThat(late.get("/organize/today").statusCode()).isEqualTo(302);

        ConsoleClient prompt = client();
        prompt.askCode(ORGANIZER);
        String fresh = awaitCode(ORGANIZER, 2);
        CLOCK.advance(Duration.ofMinutes(9));
        assertThat(prompt.enterCode(fresh).statusCode()).isEqualTo(302);
        assertThat(prompt.get("/organize/today").statusCode()).isEqualTo(200);
        CLOCK.advance(Duration.ofHours(2));
    }

    @Test
    void codesAreLimitedPerTargetAndPerClientAddress() throws Exception {
        for (int i = 1; i <= 3; i++) {
            assertThat(client().askCode(ORGANIZER).statusCode()).isEqualTo(302);
        }
        awaitCode(ORGANIZER, 3);
        HttpResponse<String> fourth = client().askCode(ORGANIZER);
        assertThat(fourth.statusCode()).isEqualTo(200);
        assertThat(fourth.body()).contains("Too many codes");
        Thread.sleep(300);
        assertThat(textsTo(ORGANIZER)).hasSize(3);

        ConsoleClient one = client();
        for (int i = 0; i < 4; i++) {
            assertThat(one.askCode("+1415555017" + i).statusCode()).isEqualTo(302);
        }
        HttpResponse<String> fifth = one.askCode("+14155550179");
        assertThat(fifth.statusCode()).isEqualTo(200);
        assertThat(fifth.body()).contains("Too many codes");
        CLOCK.advance(Duration.ofHours(2));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndOtherPathsNeedNone() {
        ConsoleClient browser = client();
        browser.get("/organize");
        assertThat(browser.postWithout("/organize/sign-in", Map.of("target", ORGANIZER)).statusCode()).isEqualTo(403);
        assertThat(TestDatabase.jdbc().sql("select count(*) from console_sign_in_code").query(Integer.class).single())
                .isZero();
        HttpResponse<String> bad = browser.post("/organize/sign-in", Map.of("target", "not a phone"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Enter a US phone number");
        HttpResponse<String> spanish = browser.get("/organize?lang=es");
        assertThat(spanish.body()).contains("Envíame un código").contains("lang=\"es\"");
        assertThat(client().get("/").headers().allValues("Set-Cookie")).isEmpty();
    }
}
