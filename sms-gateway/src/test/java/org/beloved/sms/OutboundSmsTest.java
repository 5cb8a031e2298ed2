package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.testing.TwilioWebhooks.signedPost;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.beloved.messaging.Delivery;
import org.beloved.messaging.OutboundChannel;
import org.beloved.messaging.Reachability;
import org.beloved.messaging.Verification;
import org.beloved.shared.Channel;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sending through the real Twilio SDK to the fake REST API, and Twilio's status callbacks coming back. */
class OutboundSmsTest extends SmsWebTest {

    private static final String BEA = "+14155550202";

    @Autowired
    OutboundChannel sms;

    @Autowired
    Reachability reachability;

    @BeforeEach
    void acceptEverything() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
    }

    @Test
    void sendsExactlyTheRequestTwilioExpectsAndStoresTheSid() {
        Delivery delivery = sms.send(1L, BEA, "Webinar tomorrow – 7:00 PM");

        assertThat(delivery.status()).isEqualTo(Delivery.Status.SENT);
        assertThat(TWILIO.received()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/2010-04-01/Accounts/" + TwilioWebhooks.ACCOUNT_SID + "/Messages.json");
            assertThat(r.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                    (TwilioWebhooks.ACCOUNT_SID + ":" + TwilioWebhooks.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
            assertThat(r.form()).containsEntry("To", BEA)
                    .containsEntry("From", TwilioWebhooks.OUR_NUMBER)
                    .containsEntry("Body", "Webinar tomorrow - 7:00 PM")
                    .containsEntry("StatusCallback", TwilioWebhooks.PUBLIC_URL + "/sms/status?outbox=1")
                    .doesNotContainKey("MessagingServiceSid");
        });
        assertThat(db().sql("select sid from sms_outbound where to_number = ?").param(BEA).query(String.class).single())
                .isEqualTo(delivery.externalId()).startsWith("SM");
    }

    @Test
    void aSecretGoesToTwilioWhileTheLogOfSentTextsKeepsNoCopyOfIt() {
        String text = "Beloved: your organizer console code is 402917. It works for 10 minutes.";
        Delivery delivery = sms.sendSecret(-12L, BEA, text);

        assertThat(delivery.status()).isEqualTo(Delivery.Status.SENT);
        assertThat(TWILIO.received()).singleElement().satisfies(r -> assertThat(r.form()).containsEntry("Body", text)
                .containsEntry("StatusCallback", TwilioWebhooks.PUBLIC_URL + "/sms/status"));
        record Logged(String body, Long outboxId, String sid) {
        }
        assertThat(db().sql("select body, outbox_id, sid from sms_outbound where to_number = ?").param(BEA)
                .query((rs, i) -> new Logged(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3))).single())
                .isEqualTo(new Logged("[sign-in code]", null, delivery.externalId()));
        callback(delivery.externalId(), "delivered", null);
        assertThat(db().sql("select status from sms_outbound where sid = ?").param(delivery.externalId())
                .query(String.class).single()).isEqualTo("delivered");
        assertThat(db().sql("select count(*) from sms_outbound where body like '%402917%'").query(Long.class).single())
                .isZero();
    }

    @Test
    void twilioRefusingAnUnsubscribedRecipientOptsItOut() {
        TWILIO.reset(FakeTwilio.Mode.REFUSE_UNSUBSCRIBED);
        assertThat(sms.send(1L, BEA, "hello").status()).isEqualTo(Delivery.Status.REFUSED);
        assertThat(optOuts.isOptedOut(Channel.SMS, BEA)).isTrue();
        assertThat(db().sql("select error_code from sms_outbound").query(Integer.class).single()).isEqualTo(21610);
    }

    @Test
    void anUnknownOutcomeIsRecordedAndNeverRetried() {
        TWILIO.reset(FakeTwilio.Mode.DROP_CONNECTION);
        assertThat(sms.send(1L, BEA, "hello").status()).isEqualTo(Delivery.Status.UNKNOWN);
        assertThat(TWILIO.received()).as("exactly one create-message call").hasSize(1);
        assertThat(db().sql("select status from sms_outbound").query(String.class).single()).isEqualTo("unknown");
    }

    @Test
    void verificationFindsOurTwinnedBodyInTwiliosListNewestFirstAcrossPages() {
        Instant since = Instant.now();
        TWILIO.reset(FakeTwilio.Mode.ACCEPT_THEN_DROP);
        assertThat(sms.send(5L, BEA, "Webinar tomorrow – 7:00 PM").status()).isEqualTo(Delivery.Status.UNKNOWN);
        String taken = TWILIO.accepted().get(0).sid();
        TWILIO.answer(FakeTwilio.Mode.ACCEPT);
        for (int i = 0; i < 55; i++) {   // later texts to the same number push ours onto the list's second page
            sms.send(100L + i, BEA, "reply " + i);
        }
        sms.send(200L, "+14155550999", "Webinar tomorrow – 7:00 PM");   // the same text to someone else

        assertThat(sms.verify(5L, BEA, "Webinar tomorrow – 7:00 PM", since)).isEqualTo(Verification.went(taken));
        assertThat(TWILIO.received().stream().filter(r -> r.method().equals("GET")).toList()).hasSize(2)
                .allSatisfy(r -> assertThat(r.form()).containsEntry("To", BEA));
        assertThat(db().sql("select sid from sms_outbound where outbox_id = 5").query(String.class).single())
                .as("the sid found is kept").isEqualTo(taken);
    }

    @Test
    void verificationFindsAMessageTwilioStillHoldsQueuedWhichNoDateSentFilterLists() {
        Instant since = Instant.now();
        TWILIO.reset(FakeTwilio.Mode.ACCEPT_THEN_DROP);
        TWILIO.keepQueued(true);
        assertThat(sms.send(5L, BEA, "Webinar tomorrow").status()).isEqualTo(Delivery.Status.UNKNOWN);

        assertThat(sms.verify(5L, BEA, "Webinar tomorrow", since))
                .isEqualTo(Verification.went(TWILIO.accepted().get(0).sid()));
        List<FakeTwilio.Received> reads = TWILIO.received().stream().filter(r -> r.method().equals("GET")).toList();
        assertThat(reads).hasSize(2);
        assertThat(reads.get(0).form()).containsKey("DateSent>");
        assertThat(reads.get(1).form()).containsEntry("To", BEA).doesNotContainKey("DateSent>");
    }

    @Test
    void verificationFindsNoMessageWithAnotherBodyOrToAnotherNumber() {
        Instant since = Instant.now();
        TWILIO.reset(FakeTwilio.Mode.DROP_CONNECTION);
        assertThat(sms.send(6L, BEA, "Webinar tomorrow").status()).isEqualTo(Delivery.Status.UNKNOWN);
        TWILIO.answer(FakeTwilio.Mode.ACCEPT);
        sms.send(7L, BEA, "Webinar tomorrow, moved");
        sms.send(8L, "+14155550999", "Webinar tomorrow");

        assertThat(sms.verify(6L, BEA, "Webinar tomorrow", since).outcome()).isEqualTo(Verification.Outcome.DID_NOT_GO);
        assertThat(sms.verify(9L, BEA, "Webinar tomorrow", since)).as("no call was ever made for row 9")
                .satisfies(v -> assertThat(v.outcome()).isEqualTo(Verification.Outcome.DID_NOT_GO));
    }

    @Test
    void verificationCannotTellWhenTwiliosListCannotBeRead() {
        Instant since = Instant.now();
        TWILIO.reset(FakeTwilio.Mode.ACCEPT_THEN_DROP);
        TWILIO.failLists(true);
        assertThat(sms.send(5L, BEA, "Webinar tomorrow").status()).isEqualTo(Delivery.Status.UNKNOWN);
        assertThat(sms.verify(5L, BEA, "Webinar tomorrow", since).outcome()).isEqualTo(Verification.Outcome.CANNOT_TELL);
        TWILIO.failLists(false);
        assertThat(sms.verify(5L, BEA, "Webinar tomorrow", since).outcome()).isEqualTo(Verification.Outcome.WENT);
    }

    private void callback(String sid, String status, String errorCode) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("AccountSid", TwilioWebhooks.ACCOUNT_SID);
        form.put("MessageSid", sid);
        form.put("SmsSid", sid);
        form.put("MessageStatus", status);
        form.put("SmsStatus", status);
        form.put("To", BEA);
        form.put("From", TwilioWebhooks.OUR_NUMBER);
        form.put("ApiVersion", "2010-04-01");
        if (errorCode != null) {
            form.put("ErrorCode", errorCode);
        }
        assertThat(signedPost(port, "/sms/status", form).statusCode()).isEqualTo(200);
    }

    @Test
    void statusCallbacksUpdateTheStoredStatus() {
        String sid = sms.send(1L, BEA, "hello").externalId();
        callback(sid, "sent", null);
        callback(sid, "delivered", null);
        callback(sid, "sent", null);   // late and out of order: a final status stays
        assertThat(db().sql("select status from sms_outbound where sid = ?").param(sid).query(String.class).single())
                .isEqualTo("delivered");
    }

    @Test
    void anUnsubscribedCallbackOptsTheNumberOut() {
        String sid = sms.send(1L, BEA, "hello").externalId();
        callback(sid, "failed", "21610");
        assertThat(optOuts.isOptedOut(Channel.SMS, BEA)).isTrue();
        assertThat(db().sql("select error_code from sms_outbound where sid = ?").param(sid).query(Integer.class).single())
                .isEqualTo(21610);
    }

    @Test
    void threeUnreachableFailuresInARowMarkTheNumberUnreachable() {
        for (String code : new String[] {"30003", "30005"}) {
            callback(sms.send(1L, BEA, "hello").externalId(), "undelivered", code);
        }
        assertThat(reachability.isUnreachable(Channel.SMS, BEA)).isFalse();
        callback(sms.send(1L, BEA, "hello").externalId(), "undelivered", "30006");
        assertThat(reachability.isUnreachable(Channel.SMS, BEA)).isTrue();
        // that nothing more is sent to it is the dispatcher's rule: OutboxRetryTest.anUnreachableNumberGetsNoRequest
    }

    @Test
    void aDeliveryInBetweenResetsTheCount() {
        callback(sms.send(1L, BEA, "a").externalId(), "undelivered", "30003");
        callback(sms.send(1L, BEA, "b").externalId(), "undelivered", "30003");
        callback(sms.send(1L, BEA, "c").externalId(), "delivered", null);
        callback(sms.send(1L, BEA, "d").externalId(), "undelivered", "30003");
        assertThat(reachability.isUnreachable(Channel.SMS, BEA)).isFalse();
    }

    @Test
    void unsignedCallbacksAreRefused() {
        String sid = sms.send(1L, BEA, "hello").externalId();
        Map<String, String> form = Map.of("AccountSid", TwilioWebhooks.ACCOUNT_SID, "MessageSid", sid,
                "MessageStatus", "failed", "ErrorCode", "21610", "To", BEA);
        assertThat(TwilioWebhooks.post(port, "/sms/status", form, null).statusCode()).isEqualTo(403);
        assertThat(optOuts.isOptedOut(Channel.SMS, BEA)).isFalse();
    }
}
