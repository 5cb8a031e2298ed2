package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.DeleteMyDataBySmsTest.traces;
import static org.beloved.sms.InboundSmsTest.messages;
import static org.beloved.sms.testing.TwilioWebhooks.signedPost;
import static org.beloved.sms.testing.TwilioWebhooks.sms;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.beloved.directory.Directory;
import org.beloved.directory.ListingCheckIns;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.messaging.Outbox;
import org.beloved.shared.Channel;
import org.beloved.sms.testing.FakeTwilio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The 90-day listing check-in by SMS, where the clock does not move: a listing registered 91 days
 * ago (its row backdated) is asked, but {@code beloved.messaging.quiet-hours} holds the ask until
 * the window ends in the listing's zone (the window is set around the hour the test runs, in San
 * Francisco's zone); DELETE MY DATA while a check-in waits leaves no trace of the number, and a
 * YES afterwards answers nothing; two passes at once ask once.
 */
class CheckInBySmsTest extends SmsWebTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final LocalTime QUIET_UNTIL = ZonedDateTime.now(PACIFIC).plusHours(2).toLocalTime()
            .truncatedTo(ChronoUnit.MINUTES);
    private static final AtomicInteger SIDS = new AtomicInteger(95_000);

    @Autowired
    Outbox outbox;

    @Autowired
    Directory directory;

    @Autowired
    ListingCheckIns checkIns;

    @DynamicPropertySource
    static void quietNow(DynamicPropertyRegistry registry) {
        LocalTime from = QUIET_UNTIL.minusHours(3);
        registry.add("beloved.messaging.quiet-hours", () -> from.format(HH_MM) + "-" + QUIET_UNTIL.format(HH_MM));
    }

    @BeforeEach
    void twilioAccepts() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
    }

    private String say(String from, String body) {
        List<String> reply = messages(signedPost(port, "/sms/inbound", sms("SM%032d".formatted(SIDS.incrementAndGet()),
                from, body)));
        assertThat(reply).hasSize(1);
        return reply.get(0);
    }

    /** A listing registered by text from {@code pastor}, approved, and backdated 91 days: its check-in is due. */
    private void listedLongAgo(String pastor) {
        directory.register(new NewCongregation("St. Mark's Church", Tradition.PROTESTANT, "94110", null, "Ana Ruiz",
                "ana@example.org", pastor, null, false, false, Channel.SMS, pastor));
        long id = directory.listingsOf(Channel.SMS, pastor).get(0).id();
        directory.approve(id);
        db().sql("update listing_freshness set confirmed_at = confirmed_at - interval '91 days' where congregation_id = ?")
                .param(id).update();
    }

    @Test
    void theCheckInWaitsForTheEndOfTheQuietHoursInTheListingsZone() {
        listedLongAgo("+14155550171");
        assertThat(checkIns.run().asked()).isEqualTo(1);

        int before = TWILIO.accepted().size();
        assertThat(outbox.dispatchOne()).isTrue();
        assertThat(TWILIO.accepted()).as("nothing goes in the quiet hours").hasSize(before);
        Instant next = db().sql("select next_attempt_at from outbox where kind = 'listing-check-in'")
                .query(Timestamp.class).single().toInstant();
        assertThat(next.atZone(PACIFIC).toLocalTime()).as("postponed to the window's end there").isEqualTo(QUIET_UNTIL);
        assertThat(checkIns.run().asked()).as("asked once").isZero();
    }

    @Test
    void deleteMyDataWhileACheckInWaitsLeavesNoTrace() {
        String pastor = "+14155550172";
        listedLongAgo(pastor);
        assertThat(checkIns.run().asked()).isEqualTo(1);
        assertThat(traces(pastor)).contains("listing_freshness.ask_address");

        assertThat(say(pastor, "DELETE MY DATA")).contains("YES");
        assertThat(say(pastor, "YES")).contains("Done.");
        assertThat(traces(pastor)).isEmpty();
        assertThat(say(pastor, "YES")).as("no check-in waits any more").contains("no question waiting");
    }

    /** Two instances running the pass at once (the job is clustered, but a restart may repeat a run): one check-in. */
    @Test
    void twoPassesAtOnceAskOnce() throws Exception {
        listedLongAgo("+14155550173");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> pass = () -> checkIns.run().asked();
            List<Future<Integer>> runs = pool.invokeAll(List.of(pass, pass));
            int asked = 0;
            for (Future<Integer> run : runs) {
                asked += run.get();
            }
            assertThat(asked).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from outbox where kind = 'listing-check-in'")).isEqualTo(1);
    }
}
