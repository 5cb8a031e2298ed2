package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Reminders;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances on one database deliver a reminder to 500 SMS subscribers: each gets
 * exactly one message (counted at the fake Twilio and in the outbox), whether the reminder fires
 * on both instances, and when one instance stops in the middle of the dispatch.
 */
class ExactlyOnceRemindersTest {

    private static final int SUBSCRIBERS = 500;
    private static final FakeTwilio TWILIO = FakeTwilio.start();

    @BeforeAll
    static void fresh() {
        TestDatabase.reset();
    }

    @AfterAll
    static void stop() {
        TWILIO.close();
    }

    @BeforeEach
    void fiveHundredSubscribers() {
        TestDatabase.reset();
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
        TestDatabase.jdbc().sql("""
                insert into webinar_subscription (channel, address, time_zone, created_at)
                select 'SMS', '+1555' || lpad(i::text, 7, '0'), 'America/Chicago', now() from generate_series(1, ?) i
                """).param(SUBSCRIBERS).update();
    }

    private static ConfigurableApplicationContext instance(double smsPerSecond) {
        // Command-line arguments, so they win over the test application.properties.
        return new SpringApplicationBuilder(SmsTestApplication.class)
                .initializers(new TestDatabaseProperties())
                .run("--server.port=0", "--beloved.sms.account-sid=" + TwilioWebhooks.ACCOUNT_SID,
                        "--beloved.sms.auth-token=" + TwilioWebhooks.AUTH_TOKEN,
                        "--beloved.sms.public-url=" + TwilioWebhooks.PUBLIC_URL,
                        "--beloved.sms.from-number=" + TwilioWebhooks.OUR_NUMBER,
                        "--beloved.sms.api-base-url=" + TWILIO.baseUrl(),
                        "--beloved.messaging.sms-per-second=" + smsPerSecond,
                        "--beloved.messaging.dispatch-interval=100ms", "--beloved.messaging.dispatch-enabled=true");
    }

    private static long webinar(ConfigurableApplicationContext context) {
        return context.getBean(Webinars.class).create(new WebinarDraft("Meet your officials", "", "2030-12-10T19:00",
                "America/Chicago", 60, "https://meet.example.org/x", "en")).webinar().orElseThrow().id();
    }

    private static long sent() {
        return TestDatabase.jdbc().sql("select count(*) from outbox where status = 'sent'").query(Long.class).single();
    }

    private static void assertEachSubscriberGotExactlyOne() {
        List<FakeTwilio.Received> requests = TWILIO.received();
        Set<String> recipients = new HashSet<>();
        requests.forEach(r -> recipients.add(r.form().get("To")));
        assertThat(requests).hasSize(SUBSCRIBERS);
        assertThat(recipients).hasSize(SUBSCRIBERS);
        assertThat(requests).allSatisfy(r -> assertThat(r.form().get("Body")).startsWith("Reminder: \"Meet your officials\""));
        assertThat(TestDatabase.jdbc().sql("select count(*) from outbox").query(Long.class).single()).isEqualTo(SUBSCRIBERS);
        assertThat(sent()).isEqualTo(SUBSCRIBERS);
    }

    @Test
    void twoInstancesFiringTheSameReminderSendOneMessageEach() {
        try (ConfigurableApplicationContext one = instance(500); ConfigurableApplicationContext two = instance(500)) {
            long id = webinar(one);
            one.getBean(Reminders.class).fire(id, Duration.ofHours(1));
            two.getBean(Reminders.class).fire(id, Duration.ofHours(1));
            await().atMost(Duration.ofSeconds(90)).until(() -> sent() == SUBSCRIBERS);
            assertEachSubscriberGotExactlyOne();
        }
    }

    @Test
    void stoppingOneInstanceInTheMiddleLosesNothingAndDoublesNothing() {
        try (ConfigurableApplicationContext survivor = instance(50)) {
            ConfigurableApplicationContext stopped = instance(50);
            long id = webinar(survivor);
            stopped.getBean(Reminders.class).fire(id, Duration.ofHours(1));
            await().atMost(Duration.ofSeconds(30)).until(() -> sent() > 50);
            long sentWhenStopping = sent();
            stopped.close();
            assertThat(sentWhenStopping).as("stopped in the middle of the dispatch").isLessThan(SUBSCRIBERS);
            await().atMost(Duration.ofSeconds(90)).until(() -> sent() == SUBSCRIBERS);
            assertEachSubscriberGotExactlyOne();
            assertThat(TestDatabase.jdbc().sql("select count(*) from outbox where status <> 'sent'").query(Long.class)
                    .single()).isZero();
        }
    }
}
