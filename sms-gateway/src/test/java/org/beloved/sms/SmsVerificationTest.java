package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beloved.shared.Channel;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.webinars.Reminders;
import org.beloved.webinars.Subscriptions;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rows in doubt settled through the real Twilio SDK, with this instance's dispatcher and reconciler
 * running on a short lease: Twilio took the message but our call got no answer (the crash point
 * between the provider's acceptance and the row's update), so the message list finds it and the row
 * is recorded as sent, never sent again; a message Twilio never took is sent again once; when the
 * list cannot be read the row waits, unsent; a late status callback naming the row settles it.
 */
@DirtiesContext   // its dispatcher drains the shared database: closed before the next class runs
class SmsVerificationTest extends SmsWebTest {

    private static final String ANA = "+13125550177";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    Webinars webinars;

    @Autowired
    Reminders reminders;

    @Autowired
    Subscriptions subscriptions;

    @DynamicPropertySource
    static void dispatching(DynamicPropertyRegistry registry) {
        registry.add("beloved.messaging.dispatch-enabled", () -> "true");
        registry.add("beloved.messaging.dispatch-threads", () -> "1");
        registry.add("beloved.messaging.dispatch-interval", () -> "100ms");
        registry.add("beloved.messaging.sms-per-second", () -> "50");
        registry.add("beloved.messaging.lease", () -> "2s");
        registry.add("beloved.messaging.sweep-interval", () -> "200ms");
    }

    @BeforeEach
    void subscribed() {
        subscriptions.subscribe(Channel.SMS, ANA, ZoneId.of("America/Chicago"));
    }

    private long webinar() {
        return webinars.create(new WebinarDraft("Meet your officials", "", "2030-12-10T12:00", "America/Chicago", 60,
                "https://meet.example.org/x", "en")).webinar().orElseThrow().id();
    }

    private void remind() {
        assertThat(reminders.fire(webinar(), Duration.ofHours(1))).isEqualTo(1);
    }

    private static String row() {
        return db().sql("select status || ':' || coalesce(external_id, '-') from outbox").query(String.class).single();
    }

    private static List<FakeTwilio.Received> listReads() {
        return TWILIO.received().stream().filter(r -> r.method().equals("GET")).toList();
    }

    @Test
    void aMessageTwilioTookWhileOurCallGotNoAnswerIsFoundInTheListAndRecordedAsSent() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT_THEN_DROP);
        remind();
        await().atMost(WITHIN).until(() -> row().startsWith("sent:"));

        assertThat(TWILIO.created()).as("sent once, never again").hasSize(1);
        FakeTwilio.Accepted taken = TWILIO.accepted().get(0);
        assertThat(row()).isEqualTo("sent:" + taken.sid());
        assertThat(listReads()).singleElement().satisfies(read -> {
            assertThat(read.path()).isEqualTo("/2010-04-01/Accounts/" + TwilioWebhooks.ACCOUNT_SID + "/Messages.json");
            assertThat(read.form()).containsEntry("To", ANA).containsKey("DateSent>");
        });
        assertThat(db().sql("select sid from sms_outbound").query(String.class).single()).isEqualTo(taken.sid());
    }

    @Test
    void aLeaseThatRunsOutWhileTwilioHoldsTheCallDoesNotDoubleTheText() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT_THEN_HOLD);
        remind();
        await().atMost(WITHIN).until(() -> TWILIO.held() == 1);
        await().atMost(WITHIN).until(() -> row().startsWith("sent:"));
        String taken = TWILIO.accepted().get(0).sid();
        assertThat(row()).as("found in Twilio's list while our call still waits").isEqualTo("sent:" + taken);
        assertThat(TWILIO.held()).isEqualTo(1);

        TWILIO.releaseHeld();
        await().atMost(WITHIN).until(() -> TWILIO.held() == 0
                && db().sql("select status from sms_outbound").query(String.class).single().equals("queued"));
        assertThat(row()).isEqualTo("sent:" + taken);
        assertThat(TWILIO.created()).hasSize(1);
    }

    @Test
    void aMessageTwilioNeverTookIsSentAgainOnce() {
        TWILIO.reset(FakeTwilio.Mode.DROP_CONNECTION);
        remind();
        await().atMost(WITHIN).until(() -> TWILIO.created().size() == 1);
        TWILIO.answer(FakeTwilio.Mode.ACCEPT);
        await().atMost(WITHIN).until(() -> row().startsWith("sent:"));

        assertThat(TWILIO.created()).hasSize(2);
        assertThat(TWILIO.accepted()).singleElement().satisfies(m -> {
            assertThat(row()).isEqualTo("sent:" + m.sid());
            assertThat(m.body()).startsWith("Reminder: \"Meet your officials\"");
        });
        assertThat(listReads()).as("sent ones by DateSent, then any still queued").hasSize(2);
    }

    @Test
    void whenTheListCannotBeReadTheRowWaitsUnsentAndALateStatusCallbackSettlesIt() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT_THEN_DROP);
        TWILIO.failLists(true);
        remind();
        await().atMost(WITHIN).until(() -> db().sql("select checks from outbox").query(Integer.class).single() >= 1);
        assertThat(row()).isEqualTo("verify:-");
        assertThat(db().sql("select last_error from outbox").query(String.class).single()).contains("503");
        assertThat(TWILIO.created()).as("never sent blindly").hasSize(1);

        FakeTwilio.Accepted taken = TWILIO.accepted().get(0);
        URI callbackUrl = URI.create(taken.statusCallback());
        assertThat(callbackUrl.getRawQuery()).matches("outbox=\\d+");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", TwilioWebhooks.ACCOUNT_SID);
        form.put("MessageSid", taken.sid());
        form.put("SmsSid", taken.sid());
        form.put("MessageStatus", "delivered");
        form.put("SmsStatus", "delivered");
        form.put("To", ANA);
        form.put("From", TwilioWebhooks.OUR_NUMBER);
        form.put("ApiVersion", "2010-04-01");
        String path = callbackUrl.getRawPath() + "?" + callbackUrl.getRawQuery();
        assertThat(TwilioWebhooks.post(port, path, form, TwilioWebhooks.signature(TwilioWebhooks.PUBLIC_URL + "/sms/status",
                form, TwilioWebhooks.AUTH_TOKEN)).statusCode()).as("signed without its query: not Twilio's").isEqualTo(403);
        assertThat(row()).isEqualTo("verify:-");
        assertThat(TwilioWebhooks.signedPost(port, path, form).statusCode()).isEqualTo(200);
        assertThat(row()).isEqualTo("sent:" + taken.sid());
        assertThat(TWILIO.created()).hasSize(1);
    }

    @Test
    void aRowWhoseInstanceDiedAfterRecordingTwiliosAnswerIsSettledWithoutAskingTwilio() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
        diedHolding(webinar(), "SM-answered-before-the-crash");
        await().atMost(WITHIN).until(() -> row().startsWith("sent:"));
        assertThat(row()).isEqualTo("sent:SM-answered-before-the-crash");
        assertThat(TWILIO.received()).isEmpty();
    }

    @Test
    void aRowWhoseInstanceDiedBeforeCallingTwilioIsSentWithoutAskingTwilio() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
        diedHolding(webinar(), null);
        await().atMost(WITHIN).until(() -> row().startsWith("sent:"));
        assertThat(listReads()).isEmpty();
        assertThat(TWILIO.created()).singleElement().satisfies(r -> {
            assertThat(r.form()).containsEntry("To", ANA);
            assertThat(r.form().get("Body")).startsWith("Reminder: \"Meet your officials\"");
        });
    }

    /**
     * A row another instance claimed, handed to the SMS channel and then died holding (its lease
     * long gone): with {@code sid}, after Twilio answered and the answer was recorded in
     * sms_outbound; without, before any call was recorded.
     */
    private void diedHolding(long webinar, String sid) {
        Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
        long outboxId = db().sql("""
                insert into outbox (dedup_key, kind, subject_id, lead_seconds, channel, address, status, next_attempt_at,
                    created_at, claimed_at, claimed_by, lease_until, rendered_text)
                values ('reminder:' || ? || ':3600:SMS:' || ?, 'reminder', ?, 3600, 'SMS', ?, 'sending', ?, ?, ?, 'dead', ?,
                    'Reminder text')
                returning id
                """).params(webinar, ANA, webinar, ANA, longAgo, longAgo, longAgo, longAgo).query(Long.class).single();
        if (sid != null) {
            db().sql("""
                    insert into sms_outbound (to_number, body, status, sid, created_at, updated_at, outbox_id)
                    values (?, 'Reminder text', 'queued', ?, ?, ?, ?)
                    """).params(ANA, sid, longAgo, longAgo, outboxId).update();
        }
    }
}
