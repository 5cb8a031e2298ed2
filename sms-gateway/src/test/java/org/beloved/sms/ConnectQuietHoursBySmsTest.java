package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.InboundSmsTest.messages;
import static org.beloved.sms.testing.TwilioWebhooks.signedPost;
import static org.beloved.sms.testing.TwilioWebhooks.sms;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.beloved.directory.Directory;
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
 * {@code beloved.messaging.quiet-hours} holds a CONNECT ask (not urgent) until the window ends in
 * the congregation's zone. The window is set around the hour the test runs, in San Francisco's zone
 * (the listing's ZIP), so that the test holds at any hour.
 */
class ConnectQuietHoursBySmsTest extends SmsWebTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    /** The window's end: two hours from the test's start, in the listing's zone. */
    private static final LocalTime QUIET_UNTIL = ZonedDateTime.now(PACIFIC).plusHours(2).toLocalTime()
            .truncatedTo(ChronoUnit.MINUTES);

    @Autowired
    Outbox outbox;

    @Autowired
    Directory directory;

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
        List<String> reply = messages(signedPost(port, "/sms/inbound", sms("SM%032d".formatted(System.nanoTime()), from,
                body)));
        assertThat(reply).hasSize(1);
        return reply.get(0);
    }

    @Test
    void theAskWaitsForTheEndOfTheQuietHoursInTheCongregationsZone() {
        String pastor = "+14155550191";
        directory.register(new NewCongregation("St. Mark's Church", Tradition.PROTESTANT, "94110", null, "Ana Ruiz",
                "ana@example.org", pastor, null, false, false, Channel.SMS, pastor));
        directory.approve(directory.listingsOf(Channel.SMS, pastor).get(0).id());
        say("+14155550192", "94110");
        assertThat(say("+14155550192", "CONNECT 1")).contains("We asked");

        int before = TWILIO.accepted().size();
        assertThat(outbox.dispatchOne()).isTrue();
        assertThat(TWILIO.accepted()).as("nothing goes in the quiet hours").hasSize(before);
        Instant next = db().sql("select next_attempt_at from outbox where kind = 'connect-ask'")
                .query(java.sql.Timestamp.class).single().toInstant();
        ZonedDateTime local = next.atZone(PACIFIC);
        assertThat(local.toLocalTime()).as("postponed to the window's end there").isEqualTo(QUIET_UNTIL);
        assertThat(next).isAfter(Instant.now()).isBefore(Instant.now().plus(3, ChronoUnit.HOURS));
        assertThat(db().sql("select status from outbox where kind = 'connect-ask'").query(String.class).single())
                .isEqualTo("pending");
        assertThat(outbox.dispatchOne()).as("nothing is due before then").isFalse();
    }
}
