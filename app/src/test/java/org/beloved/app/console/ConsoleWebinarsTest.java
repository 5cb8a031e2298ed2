package org.beloved.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.BelovedApplication;
import org.beloved.app.AdminHttp;
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
import org.beloved.webinars.Subscriptions;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console's Webinars page over real HTTP, signed in with a code the fake Twilio received: an
 * edit sends only what the organizer changed, so a start moved meanwhile through the admin API
 * survives a title changed in the console; a field both changed is a conflict and nothing is
 * overwritten; a form sent unchanged saves and audits nothing; and each upcoming webinar lists when
 * its reminders go out (in its zone and in UTC, to whom), read from the Quartz schedule, or that
 * they were sent.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "beloved.admin.token=organizer-secret",
                "spring.quartz.properties.org.quartz.scheduler.instanceName=console-webinars-test"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ConsoleWebinarsTest {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final String ANA = "+14155550164";
    private static final String TOKEN = "organizer-secret";
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @LocalServerPort
    int port;

    @Autowired
    OrganizerRoster roster;

    @Autowired
    Webinars webinars;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    AuditLog audit;

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
        roster.add(new NewOrganizer("Ana Ruiz", null, ANA), Actor.settings());
    }

    @Test
    void aTitleChangedInTheConsoleKeepsAStartMovedMeanwhileThroughTheAdminApi() throws Exception {
        long id = schedule("2030-12-08T19:00");
        ConsoleClient ana = signedIn();
        Map<String, String> form = editForm(ana.get("/organize/webinars").body(), id);
        assertThat(form).containsEntry("title", "Know your county").containsEntry("was.title", "Know your county")
                .containsEntry("start", "2030-12-08T19:00").containsEntry("was.start", "2030-12-08T19:00")
                .containsEntry("timeZone", "America/Chicago").containsEntry("was.durationMinutes", "60");

        patch(id, "{\"start\": \"2030-12-09T19:00\"}");
        form.put("title", "Know your county, part 2");
        HttpResponse<String> saved = ana.post("/organize/webinars/" + id, form);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(text(ana.follow(saved).body())).contains("Changed: Know your county, part 2. What changed: Title (English).");
        Webinar now = webinars.find(id).orElseThrow();
        assertThat(now.title()).isEqualTo("Know your county, part 2");
        assertThat(now.start()).isEqualTo(Instant.parse("2030-12-10T01:00:00Z"));
        assertThat(now.description()).isEqualTo("Public records, step by step");
        assertThat(edits()).extracting(AuditEvent::actor).containsExactly("Ana Ruiz", "admin-token");
        assertThat(edits()).extracting(AuditEvent::detail).containsExactly("title", "start");
        assertThat(edits().get(0).channel()).isEqualTo("console");
    }

    @Test
    void aFieldChangedHereAndMeanwhileElsewhereIsAConflictAndNothingIsOverwritten() throws Exception {
        long id = schedule("2030-12-08T19:00");
        ConsoleClient ana = signedIn();
        Map<String, String> form = editForm(ana.get("/organize/webinars").body(), id);

        patch(id, "{\"title\": \"Know your county (API)\"}");
        form.put("title", "Know your county (console)");
        form.put("durationMinutes", "90");
        HttpResponse<String> refused = ana.post("/organize/webinars/" + id, form);

        String page = text(ana.follow(refused).body());
        assertThat(page).contains("Not saved: while you were editing, someone else",
                "Title (English): now \u201cKnow your county (API)\u201d, yours \u201cKnow your county (console)\u201d");
        Webinar now = webinars.find(id).orElseThrow();
        assertThat(now.title()).isEqualTo("Know your county (API)");
        assertThat(now.durationMinutes()).isEqualTo(60);
        assertThat(edits()).extracting(AuditEvent::actor).containsExactly("admin-token");
    }

    @Test
    void aStartChangedHereWhileItsZoneChangedElsewhereIsAConflict() throws Exception {
        long id = schedule("2030-12-08T19:00");
        ConsoleClient ana = signedIn();
        Map<String, String> form = editForm(ana.get("/organize/webinars").body(), id);

        patch(id, "{\"timeZone\": \"America/New_York\"}");
        form.put("start", "2030-12-09T19:00");
        HttpResponse<String> refused = ana.post("/organize/webinars/" + id, form);

        assertThat(text(ana.follow(refused).body()))
                .contains("Time zone: now \u201cAmerica/New_York\u201d, yours \u201cAmerica/Chicago\u201d");
        assertThat(webinars.find(id).orElseThrow().start()).isEqualTo(Instant.parse("2030-12-09T00:00:00Z"));
        assertThat(edits()).extracting(AuditEvent::actor).containsExactly("admin-token");
    }

    @Test
    void aFormSentUnchangedSavesAndAuditsNothing() throws Exception {
        long id = schedule("2030-12-08T19:00");
        Webinar before = webinars.find(id).orElseThrow();
        ConsoleClient ana = signedIn();
        Map<String, String> form = editForm(ana.get("/organize/webinars?lang=es").body(), id);

        HttpResponse<String> sent = ana.post("/organize/webinars/" + id, form);

        assertThat(text(ana.follow(sent).body()))
                .contains("Nada cambió: el formulario de Know your county se envió tal como se mostró.");
        Webinar after = webinars.find(id).orElseThrow();
        assertThat(after.sequence()).isEqualTo(before.sequence());
        assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
        assertThat(edits()).isEmpty();
    }

    @Test
    void eachUpcomingWebinarListsWhenItsRemindersGoOutInItsZoneAndInUtc() throws Exception {
        subscriptions.subscribe(Channel.SMS, "+13125550101", CHICAGO);
        subscriptions.subscribe(Channel.SMS, "+17875550102", ZoneId.of("America/Puerto_Rico"));
        subscriptions.subscribe(Channel.DISCORD, "100000000000000003", ZoneId.of("America/New_York"));
        subscriptions.subscribe(Channel.SMS, "+13125550105", CHICAGO);
        assertThat(TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(105), "+13125550105", "STOP")).statusCode())
                .as("a subscriber who said STOP is not counted: the outbox drops them").isEqualTo(200);
        long id = schedule("2030-12-08T19:00");
        ConsoleClient ana = signedIn();

        String english = ana.get("/organize/webinars").body();
        assertThat(reminder(english, id, Duration.ofDays(1))).isEqualTo("1 day before: Sat Dec 7, 7:00 PM CST "
                + "(Sun Dec 8, 1:00 AM UTC). Goes to 2 by SMS and 1 on Discord. "
                + "1 of them by SMS gets it when quiet hours end in their own time zone.");
        assertThat(reminder(english, id, Duration.ofHours(1))).isEqualTo("1 hour before: Sun Dec 8, 6:00 PM CST "
                + "(Mon Dec 9, 12:00 AM UTC). Goes to 2 by SMS and 1 on Discord.");
        assertThat(english).contains("datetime=\"2030-12-08T01:00:00Z\"", "datetime=\"2030-12-09T00:00:00Z\"");

        String spanish = ana.get("/organize/webinars?lang=es").body();
        assertThat(reminder(spanish, id, Duration.ofDays(1))).isEqualTo("1 día antes: sáb 7 dic, 19:00 CST "
                + "(dom 8 dic, 1:00 UTC). Va a 2 por SMS y 1 por Discord. "
                + "1 de ellos por SMS lo recibe cuando terminan las horas de silencio en su propia zona horaria.");

        patch(id, "{\"start\": \"2030-12-09T19:00\"}");
        assertThat(reminder(ana.get("/organize/webinars").body(), id, Duration.ofHours(1)))
                .startsWith("1 hour before: Mon Dec 9, 6:00 PM CST (Tue Dec 10, 12:00 AM UTC).");
    }

    @Test
    void aReminderThatWentOutIsMarkedSent() throws Exception {
        subscriptions.subscribe(Channel.SMS, "+13125550101", CHICAGO);
        subscriptions.subscribe(Channel.DISCORD, "100000000000000003", CHICAGO);
        String soon = LocalDateTime.now(CHICAGO).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        long id = schedule(soon);
        ConsoleClient ana = signedIn();

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String page = ana.get("/organize/webinars").body();
        while (!reminder(page, id, Duration.ofHours(1)).contains("Sent") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            page = ana.get("/organize/webinars").body();
        }
        assertThat(reminder(page, id, Duration.ofHours(1))).endsWith("Sent, to 1 by SMS and 1 on Discord.");
        assertThat(page).contains("id=\"reminder-" + id + "-3600\" class=\"sent\"");
        assertThat(reminder(page, id, Duration.ofDays(1))).endsWith("Not sent: its moment had passed.");
    }

    private long schedule(String start) {
        return webinars.create(new WebinarDraft("Know your county", "Public records, step by step", start,
                "America/Chicago", 60, "https://meet.example.org/abc", "en")).webinar().orElseThrow().id();
    }

    private void patch(long id, String body) throws Exception {
        HttpResponse<String> patched = AdminHttp.send(port, "PATCH", "/api/admin/webinars/" + id, TOKEN, body);
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    }

    private List<AuditEvent> edits() {
        return audit.newest(null, "webinar.edit", 10);
    }

    private ConsoleClient signedIn() throws InterruptedException {
        return ConsoleClient.signedIn(port, "198.51.100.7", TWILIO, ANA);
    }

    /** The fields the edit form of webinar {@code id} sends, as a browser would send them untouched. */
    private static Map<String, String> editForm(String page, long id) {
        Matcher form = Pattern.compile("<form [^>]*id=\"edit-" + id + "\">(.*?)</form>", Pattern.DOTALL).matcher(page);
        assertThat(form.find()).as("the edit form of webinar " + id).isTrue();
        String html = form.group(1);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher inputs = Pattern.compile("<input [^>]*>").matcher(html);
        while (inputs.find()) {
            Matcher name = Pattern.compile(" name=\"([^\"]+)\"").matcher(inputs.group());
            Matcher value = Pattern.compile(" value=\"([^\"]*)\"").matcher(inputs.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
            }
        }
        Matcher areas = Pattern.compile("<textarea [^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(html);
        while (areas.find()) {
            fields.put(areas.group(1), unescape(areas.group(2)));
        }
        Matcher selects = Pattern.compile("<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
        while (selects.find()) {
            Matcher selected = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected").matcher(selects.group(2));
            assertThat(selected.find()).as(selects.group(1)).isTrue();
            fields.put(selects.group(1), selected.group(1));
        }
        return fields;
    }

    /** The text of a webinar's reminder line, its white space collapsed. */
    private static String reminder(String page, long id, Duration offset) {
        Matcher line = Pattern.compile("<li [^>]*id=\"reminder-" + id + "-" + offset.getSeconds() + "\"[^>]*>(.*?)</li>",
                Pattern.DOTALL).matcher(page);
        assertThat(line.find()).as("reminder " + offset + " of webinar " + id).isTrue();
        return text(line.group(1));
    }

    private static String text(String html) {
        return unescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").replace(" .", ".").replace(" :", ":")
                .strip();
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
