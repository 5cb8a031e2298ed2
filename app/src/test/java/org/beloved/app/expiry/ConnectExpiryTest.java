package org.beloved.app.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.beloved.BelovedApplication;
import org.beloved.conversation.Conversations;
import org.beloved.conversation.Inbound;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.shared.Channel;
import org.beloved.testing.MutableClock;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;

/**
 * CONNECT's expiry, fired through its Quartz job on the real JDBC store with the clock moved 8
 * days: a request nobody touched for 7 days and partner lists shown 8 days ago go; a request
 * answered 5 days ago and a list shown 6 days ago stay. Its own scheduler name keeps other tests'
 * cached contexts from running the job.
 */
@SpringBootTest(classes = BelovedApplication.class, properties = {"spring.quartz.properties.org.quartz.scheduler.instanceName=connect-expiry-test",
            "beloved.messaging.quiet-hours=off"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
@Import(ConnectExpiryTest.MovableClock.class)
class ConnectExpiryTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static final String PASTOR = "+14155550191";
    private static final String ANSWERED = "+14155550192";
    private static final String RECENT = "+14155550193";
    private static final String UNANSWERED = "+14155550194";

    @TestConfiguration
    static class MovableClock {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    Scheduler scheduler;

    @Autowired
    JobDetail connectExpiryJob;

    @Autowired
    Trigger connectExpiryTrigger;

    @Autowired
    Directory directory;

    @Autowired
    Conversations conversations;

    /** Empty tables, then the job and its trigger stored again, as at start-up. */
    @BeforeEach
    void clean() throws SchedulerException {
        TestDatabase.reset();
        scheduler.addJob(connectExpiryJob, true);
        if (!scheduler.checkExists(connectExpiryTrigger.getKey())) {
            scheduler.scheduleJob(connectExpiryTrigger);
        }
    }

    /** A text from {@code sender}, through the conversation engine as the SMS webhook hands it over. */
    private String say(String sender, String text) {
        return String.join("\n", conversations.handle(new Inbound(Channel.SMS, sender, text, CLOCK.instant(), null))
                .messages());
    }

    private static List<String> volunteersAsking() {
        return TestDatabase.jdbc().sql("select volunteer_address from connect_request order by volunteer_address")
                .query(String.class).list();
    }

    private static List<String> shown() {
        return TestDatabase.jdbc().sql("select address from partner_search_shown order by address")
                .query(String.class).list();
    }

    @Test
    void theJobDeletesRequestsUntouchedForSevenDaysAndOldPartnerLists() throws SchedulerException {
        assertThat(scheduler.getTrigger(connectExpiryTrigger.getKey()).getNextFireTime()).as("scheduled").isNotNull();
        directory.register(new NewCongregation("St. Mark's Church", Tradition.PROTESTANT, "94110", null, "Ana Ruiz",
                "ana@example.org", PASTOR, null, false, false, Channel.SMS, PASTOR));
        assertThat(directory.approve(directory.pending(1).get(0).id())).isTrue();
        for (String volunteer : List.of(UNANSWERED, ANSWERED)) {   // the pastor's YES answers the latest ask
            say(volunteer, "94110");
            assertThat(say(volunteer, "CONNECT 1")).contains("We asked St. Mark");
        }
        CLOCK.advance(Duration.ofDays(2));
        say(RECENT, "94110");
        CLOCK.advance(Duration.ofDays(1));
        assertThat(say(PASTOR, "YES")).as("the pastor answers the latest ask").contains("sending your contact");
        CLOCK.advance(Duration.ofDays(5));
        assertThat(volunteersAsking()).containsExactly(ANSWERED, UNANSWERED);
        assertThat(shown()).containsExactly(ANSWERED, RECENT, UNANSWERED);

        scheduler.triggerJob(ConnectExpirySchedule.JOB);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(volunteersAsking()).as("answered 5 days ago: kept").containsExactly(ANSWERED);
            assertThat(shown()).as("shown 6 days ago: kept").containsExactly(RECENT);
        });
        assertThat(TestDatabase.jdbc().sql("select count(*) from congregation").query(Long.class).single())
                .as("listings never expire").isEqualTo(1);
    }
}
