package org.beloved.app.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.beloved.app.HttpFixtures.get;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.BelovedApplication;
import org.beloved.app.AdminHttp;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.messaging.Outbox;
import org.beloved.shared.Channel;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.MutableClock;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.listeners.JobListenerSupport;
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
 * The 90-day listing check-in, run through its Quartz job on the real JDBC store with the clock
 * moved, asked through the outbox to the local Twilio, answered over the signed SMS webhook: YES
 * keeps the listing and starts its 90 days again (SÍ in Spanish too); NO hides it from the map, the
 * GeoJSON, the partners API, ZIP answers and CONNECT; two check-ins 14 days apart unanswered hide it
 * and list it in {@code GET /api/admin/listings?stale=true}, as does a listing nobody can be asked
 * about (no channel, or a contact who texted STOP), and an organizer's restore puts it back.
 * Quiet hours are off here, so that the test does not depend on the hour it runs.
 */
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.quartz.properties.org.quartz.scheduler.instanceName=listing-check-in-test",
            "beloved.messaging.quiet-hours=off", "beloved.messaging.dispatch-enabled=false",
            "beloved.messaging.sms-per-second=50", "beloved.admin.token=" + ListingCheckInTest.TOKEN})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
@Import(ListingCheckInTest.MovableClock.class)
class ListingCheckInTest {

    static final String TOKEN = "freshness-secret";
    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final AtomicInteger SIDS = new AtomicInteger(190_000);
    private static final Pattern MESSAGE = Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL);
    private static final String PASTOR = "+14155550161";
    private static final String PASTORA = "+14155550162";
    private static final String VOLUNTEER = "+14155550163";
    private static final String STOPPED = "+14155550164";
    private static final AtomicInteger RUNS = new AtomicInteger();

    @TestConfiguration
    static class MovableClock {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void smsSettings(DynamicPropertyRegistry registry) {
        TwilioWebhooks.smsSettings(registry, TWILIO);
    }

    @AfterAll
    static void stopTwilio() {
        TWILIO.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    Scheduler scheduler;

    @Autowired
    JobDetail listingCheckInJob;

    @Autowired
    Trigger listingCheckInTrigger;

    @Autowired
    Directory directory;

    @Autowired
    Outbox outbox;

    /** Empty tables, then the job and its trigger stored again, as at start-up. */
    @BeforeEach
    void clean() throws SchedulerException {
        TestDatabase.reset();
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
        scheduler.addJob(listingCheckInJob, true);
        if (!scheduler.checkExists(listingCheckInTrigger.getKey())) {
            scheduler.scheduleJob(listingCheckInTrigger);
        }
    }

    /** A listing registered by text from {@code phone}, approved by an organizer now. */
    private long listed(String name, String phone) {
        directory.register(new NewCongregation(name, Tradition.PROTESTANT, "94110", null, "Ana Ruiz",
                "ana@example.org", phone, null, true, false, Channel.SMS, phone));
        long id = directory.listingsOf(Channel.SMS, phone).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow().id();
        assertThat(directory.approve(id)).isTrue();
        return id;
    }

    /** A text over the signed webhook; the reply's messages, joined. */
    private String say(String from, String body) {
        HttpResponse<String> response = TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), from, body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> messages = new ArrayList<>();
        Matcher m = MESSAGE.matcher(response.body());
        while (m.find()) {
            messages.add(m.group(1).replaceAll("</?Body>", "").replace("&apos;", "'").replace("&amp;", "&"));
        }
        return String.join("\n", messages);
    }

    /** The clock moved by {@code days}, then one run of the job through Quartz, then every due message sent. */
    private List<FakeTwilio.Accepted> afterDays(int days) throws SchedulerException {
        CLOCK.advance(Duration.ofDays(days));
        int runs = RUNS.get();
        scheduler.triggerJob(ListingCheckInSchedule.JOB);
        await().atMost(Duration.ofSeconds(30)).until(() -> RUNS.get() > runs);
        int before = TWILIO.accepted().size();
        while (outbox.dispatchOne()) {
            // each call delivers (or settles) one row
        }
        List<FakeTwilio.Accepted> all = TWILIO.accepted();
        return all.subList(before, all.size());
    }

    /** Counts the job's finished runs (a listener of the same name replaces the one an earlier test added). */
    @Autowired
    void countRuns(Scheduler scheduler) throws SchedulerException {
        scheduler.getListenerManager().addJobListener(new JobListenerSupport() {
            @Override
            public String getName() {
                return "listing-check-in-test-runs";
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
                if (context.getJobDetail().getKey().equals(ListingCheckInSchedule.JOB)) {
                    RUNS.incrementAndGet();
                }
            }
        });
    }

    private String geoJson() {
        HttpResponse<String> response = get(port, "/api/congregations.geojson");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private String partners() {
        HttpResponse<String> response = get(port, "/api/partners?zip=94110&limit=20");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> stale(String token) throws Exception {
        return AdminHttp.send(port, "GET", "/api/admin/listings?stale=true", token, null);
    }

    @Test
    void yesKeepsTheListingAndStartsItsNinetyDaysAgainInBothLanguages() throws Exception {
        listed("St. Mark's Church", PASTOR);
        listed("Iglesia San Pablo", PASTORA);
        assertThat(say(PASTORA, "ESPAÑOL")).isNotBlank();
        assertThat(say(PASTOR, "YES")).as("no check-in waits: YES keeps its other meaning")
                .contains("no question waiting");

        assertThat(afterDays(89)).as("not yet 90 days").isEmpty();
        List<FakeTwilio.Accepted> asked = afterDays(2);
        assertThat(asked).extracting(FakeTwilio.Accepted::to).containsExactlyInAnyOrder(PASTOR, PASTORA);
        assertThat(asked).filteredOn(a -> a.to().equals(PASTOR)).singleElement().satisfies(a -> assertThat(a.body())
                .contains("is St. Mark's Church still part of the campaign? Reply YES to stay on the map"));
        assertThat(asked).filteredOn(a -> a.to().equals(PASTORA)).singleElement().satisfies(a -> assertThat(a.body())
                .contains("¿Iglesia San Pablo sigue en la campaña? Responde SI"));
        assertThat(afterDays(0)).as("each check-in goes once").isEmpty();

        assertThat(say(PASTOR, "YES")).contains("St. Mark's Church stays on the map").contains("90 days");
        assertThat(say(PASTORA, "SÍ")).contains("Iglesia San Pablo sigue en el mapa");
        assertThat(say(PASTOR, "YES")).as("answered: YES means nothing more").contains("no question waiting");
        assertThat(geoJson()).contains("St. Mark's Church", "Iglesia San Pablo");

        assertThat(afterDays(20)).as("answered: no second check-in").isEmpty();
        assertThat(afterDays(69)).as("89 days after the YES").isEmpty();
        assertThat(afterDays(2)).as("90 days after the YES: asked again")
                .extracting(FakeTwilio.Accepted::to).containsExactlyInAnyOrder(PASTOR, PASTORA);
        assertThat(say(PASTOR, "yes")).contains("stays on the map");
        assertThat(geoJson()).contains("St. Mark's Church");
    }

    @Test
    void noHidesTheListingFromTheMapTheApiZipAnswersAndConnect() throws Exception {
        long id = listed("Iglesia San Pablo", PASTORA);
        listed("St. Mark's Church", PASTOR);
        say(PASTORA, "ESPAÑOL");
        assertThat(say(VOLUNTEER, "94110")).contains("Iglesia San Pablo");
        assertThat(geoJson()).contains("Iglesia San Pablo");

        assertThat(afterDays(91)).hasSize(2);
        assertThat(say(PASTORA, "NO")).contains("Iglesia San Pablo ya no está en el mapa")
                .contains("equipo organizador");

        assertThat(geoJson()).doesNotContain("Iglesia San Pablo").contains("St. Mark's Church");
        assertThat(partners()).doesNotContain("Iglesia San Pablo").contains("St. Mark's Church");
        assertThat(say(VOLUNTEER, "94110")).doesNotContain("Iglesia San Pablo").contains("St. Mark's Church");
        assertThat(say(VOLUNTEER, "CONNECT #" + id)).contains("No listing on the map has the number #" + id);
        assertThat(say(PASTORA, "NO")).as("answered: NO means nothing more").contains("No hay ninguna pregunta");
        assertThat(stale(TOKEN).body()).as("a NO is the contact's own decision, not an organizer's to review")
                .doesNotContain("Iglesia San Pablo");
        assertThat(afterDays(120)).as("a hidden listing is not asked").noneMatch(a -> a.to().equals(PASTORA));
    }

    @Test
    void silenceTwiceFourteenDaysApartAndListingsNobodyCanAskWaitForAnOrganizer() throws Exception {
        long silent = listed("St. Mark's Church", PASTOR);
        long stopped = listed("Grace Chapel", STOPPED);
        directory.register(new NewCongregation("Valencia Meeting", Tradition.QUAKER, "94110", null, "Ruth Fell",
                "ruth@example.org", null, null, true, false, Channel.WEB, null));
        long noChannel = directory.pending(10).stream().filter(c -> c.name().equals("Valencia Meeting")).findFirst()
                .orElseThrow().id();
        assertThat(directory.approve(noChannel)).isTrue();
        say(STOPPED, "STOP");

        List<FakeTwilio.Accepted> first = afterDays(91);
        assertThat(first).as("only the contact who can be asked is asked").singleElement()
                .satisfies(a -> assertThat(a.to()).isEqualTo(PASTOR));
        String waiting = stale(TOKEN).body();
        assertThat(waiting).contains("\"id\":" + noChannel, "\"id\":" + stopped).contains("\"reason\":\"no-channel\"")
                .doesNotContain("St. Mark's Church");
        assertThat(geoJson()).doesNotContain("Valencia Meeting").doesNotContain("Grace Chapel").contains("St. Mark's Church");

        assertThat(afterDays(13)).as("13 days of silence").isEmpty();
        assertThat(afterDays(1)).as("14 days of silence: asked once more").singleElement().satisfies(a -> {
            assertThat(a.to()).isEqualTo(PASTOR);
            assertThat(a.body()).contains("Beloved again: is St. Mark's Church still part of the campaign?");
        });
        assertThat(afterDays(13)).isEmpty();
        assertThat(geoJson()).contains("St. Mark's Church");
        assertThat(afterDays(1)).as("hidden, not asked a third time").isEmpty();

        assertThat(geoJson()).doesNotContain("St. Mark's Church");
        assertThat(partners()).doesNotContain("St. Mark's Church");
        assertThat(say(VOLUNTEER, "94110")).doesNotContain("St. Mark's Church");
        assertThat(say(PASTOR, "YES")).as("too late: YES is no answer any more").contains("no question waiting");
        assertThat(stale(null).statusCode()).isEqualTo(401);
        assertThat(AdminHttp.send(port, "GET", "/api/admin/listings", TOKEN, null).statusCode()).isEqualTo(400);
        HttpResponse<String> list = stale(TOKEN);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("{\"id\":" + silent + ",\"name\":\"St. Mark's Church\",\"city\":\"San Francisco\","
                + "\"state\":\"CA\",\"zip\":\"94110\",\"reason\":\"silent\",\"since\":\"" + CLOCK.instant() + "\"}");
        assertThat(list.body().indexOf("Valencia Meeting")).as("longest waiting first")
                .isLessThan(list.body().indexOf("St. Mark's Church"));

        HttpResponse<String> restored = AdminHttp.send(port, "POST", "/api/admin/listings/" + silent + "/restore", TOKEN,
                null);
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(restored.body()).isEqualTo("{\"id\":" + silent + ",\"status\":\"listed\"}");
        assertThat(AdminHttp.send(port, "POST", "/api/admin/listings/" + silent + "/restore", TOKEN, null).statusCode())
                .as("no longer hidden").isEqualTo(404);
        assertThat(geoJson()).contains("St. Mark's Church");
        assertThat(stale(TOKEN).body()).doesNotContain("St. Mark's Church").contains("Valencia Meeting");
        assertThat(TestDatabase.jdbc().sql("select action from audit_event order by id").query(String.class).list())
                .contains("listing.stale-read", "listing.restore");
        assertThat(afterDays(89)).as("restored: 90 new days").isEmpty();
        assertThat(afterDays(2)).extracting(FakeTwilio.Accepted::to).containsExactly(PASTOR);
    }
}
