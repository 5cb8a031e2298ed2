package org.beloved.app.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.beloved.BelovedApplication;
import org.beloved.shared.Channel;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Subscriptions;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reminder triggers whose moment passes while no instance runs: the next instance to start fires
 * them late (Quartz's misfire handling, on the real JDBC store), and the reminder is sent only if
 * the webinar has not started, with the real time left in its text. The instances use their own
 * scheduler name, so the cached contexts of other tests, on the same database, never fire them.
 */
class MisfireAcrossRestartTest {

    private static final FakeTwilio TWILIO = FakeTwilio.start();
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @AfterAll
    static void stop() {
        TWILIO.close();
    }

    private static ConfigurableApplicationContext instance(boolean runsScheduler) {
        return new SpringApplicationBuilder(BelovedApplication.class)
                .initializers(new TestDatabaseProperties())
                .run("--server.port=0", "--spring.quartz.auto-startup=" + runsScheduler,
                        "--spring.quartz.properties.org.quartz.scheduler.instanceName=misfire-test",
                        "--spring.quartz.properties.org.quartz.jobStore.misfireThreshold=1000",
                        "--beloved.sms.account-sid=" + TwilioWebhooks.ACCOUNT_SID,
                        "--beloved.sms.auth-token=" + TwilioWebhooks.AUTH_TOKEN,
                        "--beloved.sms.public-url=" + TwilioWebhooks.PUBLIC_URL,
                        "--beloved.sms.from-number=" + TwilioWebhooks.OUR_NUMBER,
                        "--beloved.sms.api-base-url=" + TWILIO.baseUrl(),
                        "--beloved.messaging.sms-per-second=50", "--beloved.messaging.dispatch-interval=100ms",
                        "--beloved.messaging.dispatch-enabled=" + runsScheduler);
    }

    private static long webinar(ConfigurableApplicationContext context, String title, Instant start) {
        String local = LocalDateTime.ofInstant(start.truncatedTo(ChronoUnit.SECONDS), CHICAGO).toString();
        return context.getBean(Webinars.class).create(new WebinarDraft(title, "", local, CHICAGO.getId(), 60,
                "https://meet.example.org/x", "en")).webinar().orElseThrow().id();
    }

    private static long triggers() {
        return TestDatabase.jdbc().sql("""
                select count(*) from qrtz_triggers where sched_name = 'misfire-test' and trigger_group = 'webinar-reminders'
                """).query(Long.class).single();
    }

    @Test
    void remindersDueWhileEveryInstanceWasDownAreSentLateOnlyBeforeTheStart() throws InterruptedException {
        TestDatabase.reset();
        Instant t0;
        long soon;
        long later;
        long started;
        // The first instance schedules, but runs no scheduler: as if every instance went down at once.
        try (ConfigurableApplicationContext first = instance(false)) {
            t0 = Instant.now();
            first.getBean(Subscriptions.class).subscribe(Channel.SMS, "+13125550101", CHICAGO);
            soon = webinar(first, "Know your county", t0.plus(Duration.ofMinutes(30)));       // 1-hour moment already past: one reminder now
            later = webinar(first, "Meet your sheriff", t0.plus(Duration.ofMinutes(60)).plusSeconds(4));   // 1-hour moment in 4 s
            started = webinar(first, "Over before restart", t0.plusSeconds(6));             // starts during the outage
            assertThat(triggers()).isEqualTo(3);
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), t0.plusSeconds(9)).toMillis()));

        try (ConfigurableApplicationContext second = instance(true)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> TWILIO.received().size() >= 2 && triggers() == 0);
            Thread.sleep(2000);   // nothing more comes
            List<String> bodies = TWILIO.received().stream().map(r -> r.form().get("Body")).sorted().toList();
            assertThat(bodies).hasSize(2);
            // Written from the time really left when sent (a slow machine may take a minute more):
            // never the "1 hour" the first reminder was planned with.
            assertThat(bodies.get(0)).matches("Reminder: \"Know your county\" starts in (28|29|30) minutes,.*");
            assertThat(bodies.get(1)).matches("Reminder: \"Meet your sheriff\" starts in (1 hour|5[89] minutes),.*");
            assertThat(TestDatabase.jdbc().sql("select subject_id from outbox order by subject_id").query(Long.class).list())
                    .containsExactly(soon, later);
            assertThat(TestDatabase.jdbc().sql("select count(*) from outbox where subject_id = ?").param(started)
                    .query(Long.class).single()).isZero();
        }
    }
}
