package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.beloved.messaging.OptOuts;
import org.beloved.messaging.Outbox;
import org.beloved.messaging.Reachability;
import org.beloved.shared.Channel;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.webinars.Reminders;
import org.beloved.webinars.Subscriptions;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A reminder through the outbox and the real Twilio SDK when Twilio has trouble: a transient
 * failure (503) is retried later with a growing backoff and then sent once; a final refusal (an
 * invalid number) is never retried; five transient failures in a row give up; an opted-out or unreachable
 * recipient gets no request at all.
 */
class OutboxRetryTest extends SmsWebTest {

    private static final String ANA = "+13125550131";

    @Autowired
    Outbox outbox;

    @Autowired
    Webinars webinars;

    @Autowired
    Reminders reminders;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    OptOuts optOuts;

    @Autowired
    Reachability reachability;

    @BeforeEach
    void oneReminderPending() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
        subscriptions.subscribe(Channel.SMS, ANA, ZoneId.of("America/Chicago"));
        long id = webinars.create(new WebinarDraft("Meet your officials", "", "2030-12-10T12:00", "America/Chicago", 60,
                "https://meet.example.org/x", "en")).webinar().orElseThrow().id();
        assertThat(reminders.fire(id, Duration.ofHours(1))).isEqualTo(1);
    }

    private static String row() {
        return db().sql("select status || ':' || attempts from outbox").query(String.class).single();
    }

    private static Duration backoff() {
        Instant next = db().sql("select next_attempt_at from outbox").query(java.sql.Timestamp.class).single().toInstant();
        return Duration.between(Instant.now(), next);
    }

    /** Moves the pending row's next attempt to now, as if its backoff had passed. */
    private static void backoffPassed() {
        db().sql("update outbox set next_attempt_at = now() where status = 'pending'").update();
    }

    @Test
    void aTransientFailureIsRetriedAfterABackoffAndThenSentOnce() {
        TWILIO.reset(FakeTwilio.Mode.SERVICE_UNAVAILABLE);
        assertThat(outbox.dispatchOne()).isTrue();
        assertThat(row()).isEqualTo("pending:1");
        assertThat(backoff()).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(60));
        assertThat(db().sql("select last_error from outbox").query(String.class).single()).contains("503");
        assertThat(outbox.dispatchOne()).as("not due again before its backoff").isFalse();

        backoffPassed();
        assertThat(outbox.dispatchOne()).isTrue();
        assertThat(row()).isEqualTo("pending:2");
        assertThat(backoff()).as("the backoff doubles").isBetween(Duration.ofSeconds(110), Duration.ofSeconds(120));

        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
        backoffPassed();
        assertThat(outbox.dispatchOne()).isTrue();
        assertThat(row()).isEqualTo("sent:2");
        assertThat(TWILIO.received()).singleElement()
                .satisfies(r -> assertThat(r.form().get("Body")).startsWith("Reminder: \"Meet your officials\""));
        assertThat(outbox.dispatchOne()).isFalse();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aFinalRefusalIsNotRetried(CapturedOutput output) {
        TWILIO.reset(FakeTwilio.Mode.REFUSE_INVALID_NUMBER);
        assertThat(outbox.dispatchOne()).isTrue();
        assertThat(row()).isEqualTo("failed:0");
        assertThat(output).contains("refused by Twilio: 21211").doesNotContain(ANA);   // Twilio's message quotes it
        assertThat(db().sql("select last_error from outbox").query(String.class).single()).contains("21211");
        assertThat(outbox.dispatchOne()).isFalse();
        assertThat(TWILIO.received()).hasSize(1);
    }

    @Test
    void fiveTransientFailuresInARowGiveUp() {
        TWILIO.reset(FakeTwilio.Mode.SERVICE_UNAVAILABLE);
        for (int attempt = 1; attempt <= 5; attempt++) {
            backoffPassed();
            assertThat(outbox.dispatchOne()).isTrue();
        }
        assertThat(row()).isEqualTo("failed:5");
        int requests = TWILIO.received().size();   // the Twilio SDK itself repeats a 503 within one attempt
        assertThat(requests).isGreaterThanOrEqualTo(5);
        backoffPassed();
        assertThat(outbox.dispatchOne()).isFalse();
        assertThat(TWILIO.received()).hasSize(requests);
    }

    @Test
    void anOptedOutNumberGetsNoRequestAtAll() {
        optOuts.optOut(Channel.SMS, ANA, "keyword");   // STOP between the reminder's moment and its dispatch
        assertThat(outbox.dispatchOne()).isTrue();
        assertThat(row()).isEqualTo("skipped:0");
        assertThat(TWILIO.received()).isEmpty();
        assertThat(db().sql("select count(*) from sms_outbound").query(Long.class).single()).isZero();
    }

    @Test
    void anUnreachableNumberGetsNoRequest() {
        reachability.recordUnreachable(Channel.SMS, ANA, 1);
        assertThat(outbox.dispatchOne()).isTrue();
        assertThat(row()).isEqualTo("skipped:0");
        assertThat(db().sql("select last_error from outbox").query(String.class).single()).isEqualTo("unreachable");
        assertThat(TWILIO.received()).isEmpty();
    }
}
