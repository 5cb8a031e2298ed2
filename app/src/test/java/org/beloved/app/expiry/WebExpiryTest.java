package org.beloved.app.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.beloved.app.HttpFixtures.postJson;
import static org.beloved.app.HttpFixtures.simulate;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.beloved.BelovedApplication;
import org.beloved.conversation.Languages;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.testing.MutableClock;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Subscriptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;

/**
 * The daily web expiry, fired through its Quartz job on the real JDBC store, with the clock moved
 * 31 days: web data nobody used for 30 days goes (with the sign-up limit's counts), recent web data,
 * registrations and other channels' data stay. The context runs its own scheduler name, so the
 * cached contexts of other tests never run its job.
 */
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.quartz.properties.org.quartz.scheduler.instanceName=web-expiry-test")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
@Import(WebExpiryTest.MovableClock.class)
class WebExpiryTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static final String OLD = "web-expiry-old-01";
    private static final String RECENT = "web-expiry-recent-01";
    private static final String PHONE = "+14155550177";

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
    Scheduler scheduler;

    @Autowired
    JobDetail webExpiryJob;

    @Autowired
    Trigger webExpiryTrigger;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Languages languages;

    /** Empty tables, then the daily job and trigger stored again, as at start-up. */
    @BeforeEach
    void clean() throws SchedulerException {
        TestDatabase.reset();
        scheduler.addJob(webExpiryJob, true);
        if (!scheduler.checkExists(webExpiryTrigger.getKey())) {
            scheduler.scheduleJob(webExpiryTrigger);
        }
    }

    private void say(String sender, String text) {
        HttpResponse<String> response = simulate(port, sender, text);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** A sign-up through the web form; its status code. */
    private int signUp(String name) {
        return postJson(port, "/api/registrations", """
                {"name": "%s", "tradition": "OTHER", "zip": "94110", "contactName": "Ann", "contactEmail": "a@example.org"}
                """.formatted(name)).statusCode();
    }

    /** A sender who chose Spanish, asked for reminders and left a JOIN half done. */
    private void useTheSimulator(String sender) {
        for (String text : List.of("ESPAÑOL", "RECORDAR", "94110", "UNIRSE")) {
            say(sender, text);
        }
    }

    private static List<String> web(String table) {
        return TestDatabase.jdbc().sql("select address from " + table + " where channel = 'WEB' order by address")
                .query(String.class).list();
    }

    private static long count(String sql) {
        return TestDatabase.jdbc().sql(sql).query(Long.class).single();
    }

    @Test
    void theDailyJobDeletesWebDataUnusedFor30DaysAndNothingElse() throws SchedulerException {
        assertThat(scheduler.getTrigger(webExpiryTrigger.getKey()).getNextFireTime()).as("scheduled daily").isNotNull();
        useTheSimulator(OLD);
        assertThat(signUp("Old Chapel")).isEqualTo(201);
        subscriptions.subscribe(Channel.SMS, PHONE, ZoneId.of("America/Los_Angeles"));
        languages.remember(Channel.SMS, PHONE, Language.ES);
        CLOCK.advance(Duration.ofDays(29));
        useTheSimulator(RECENT);
        CLOCK.advance(Duration.ofDays(2));
        assertThat(web("conversation_sender")).containsExactly(OLD, RECENT);
        assertThat(web("conversation_flow")).containsExactly(OLD, RECENT);
        assertThat(web("webinar_subscription")).containsExactly(OLD, RECENT);
        assertThat(count("select count(*) from web_simulator_sender")).isEqualTo(2);
        assertThat(count("select count(*) from web_registration_attempt")).isEqualTo(1);

        scheduler.triggerJob(WebExpirySchedule.JOB);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(web("conversation_sender")).containsExactly(RECENT);
            assertThat(web("conversation_flow")).containsExactly(RECENT);
            assertThat(web("webinar_subscription")).containsExactly(RECENT);
            assertThat(TestDatabase.jdbc().sql("select sender from web_simulator_sender").query(String.class).list())
                    .containsExactly(RECENT);
            assertThat(count("select count(*) from web_registration_attempt")).as("the old sign-up's count").isZero();
        });
        assertThat(count("select count(*) from web_simulator_message")).as("only the recent sender's").isEqualTo(4);
        assertThat(count("select count(*) from congregation")).as("registrations never expire").isEqualTo(1);
        assertThat(count("select count(*) from conversation_sender where channel = 'SMS'")).isEqualTo(1);
        assertThat(count("select count(*) from webinar_subscription where channel = 'SMS'")).isEqualTo(1);
    }
}
