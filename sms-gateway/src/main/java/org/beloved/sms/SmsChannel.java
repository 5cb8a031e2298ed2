package org.beloved.sms;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.beloved.messaging.Delivery;
import org.beloved.messaging.OptOuts;
import org.beloved.messaging.OutboundChannel;
import org.beloved.messaging.Verification;
import org.beloved.shared.Channel;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sends an SMS through Twilio's REST API (the outbox has already left out the opted out and unreachable): from the Messaging Service or the From number, with
 * status callbacks to {@code public-url}/sms/status?outbox={outbox id}. The attempt is recorded
 * before the call; a call whose outcome is unknown (no HTTP answer) is marked so and never
 * repeated here: the outbox verifies it first.
 */
@Component
class SmsChannel implements OutboundChannel {

    private static final Logger log = LoggerFactory.getLogger(SmsChannel.class);
    static final int UNSUBSCRIBED_RECIPIENT = 21610;

    private final SmsProperties properties;
    private final ObjectProvider<TwilioRestClient> client;
    private final OptOuts optOuts;
    private final SmsOutboundStore store;
    private final SmsMetrics metrics;

    SmsChannel(SmsProperties properties, ObjectProvider<TwilioRestClient> client, OptOuts optOuts,
            SmsOutboundStore store, SmsMetrics metrics) {
        this.properties = properties;
        this.client = client;
        this.optOuts = optOuts;
        this.store = store;
        this.metrics = metrics;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    /** Ready wherever the adapter is on (an auth token is set, so the Twilio client exists). */
    @Override
    public boolean ready() {
        return client.getIfAvailable() != null;
    }

    @Override
    public Delivery send(long outboxId, String to, String text) {
        return deliver(to, text, false, outboxId);
    }

    /**
     * Twilio gets the secret; the log of sent texts keeps {@link #SECRET_KEPT_AS} in its place and no
     * outbox row, and the status callback names none (its status is still recorded by sid).
     */
    @Override
    public Delivery sendSecret(long reference, String to, String text) {
        return deliver(to, text, true, null);
    }

    private Delivery deliver(String to, String text, boolean secret, Long outboxId) {
        TwilioRestClient twilio = client.getIfAvailable();
        if (twilio == null) {
            return Delivery.skipped("the SMS adapter is off");
        }
        String body = GsmText.twins(text);
        int segments = Segments.count(body);
        long id = store.recordAttempt(to, secret ? SECRET_KEPT_AS : body, outboxId, segments);
        try {
            Message message = creator(to, body, outboxId).create(twilio);
            store.accepted(id, message.getSid(), String.valueOf(message.getStatus()));
            metrics.segmentsSent(secret ? "console" : "outbox", segments);
            return Delivery.sent(message.getSid());
        } catch (ApiException e) {
            return refusedOrUnknown(id, to, e);
        }
    }

    /**
     * Whether the SMS of {@code outboxId} went out: Twilio's answer recorded here settles it; no
     * call recorded for the row means none was made; otherwise Twilio's message list for the
     * recipient since the claim is searched for our body (see {@link MessageLookup}).
     */
    @Override
    public Verification verify(long outboxId, String to, String text, Instant since) {
        TwilioRestClient twilio = client.getIfAvailable();
        if (twilio == null) {
            return Verification.cannotTell("the SMS adapter is off");
        }
        List<SmsOutboundStore.Attempt> attempts = store.attemptsFor(outboxId);
        Optional<String> answered = attempts.stream().map(SmsOutboundStore.Attempt::sid).filter(Objects::nonNull).findFirst();
        if (answered.isPresent()) {
            return Verification.went(answered.get());
        }
        if (attempts.isEmpty()) {
            return Verification.didNotGo("no call to Twilio was made for it");
        }
        try {
            Optional<Message> found = MessageLookup.find(twilio, to, GsmText.twins(text), since);
            if (found.isEmpty()) {
                return Verification.didNotGo("Twilio lists no such message to the number since " + since);
            }
            store.accepted(attempts.get(0).id(), found.get().getSid(), String.valueOf(found.get().getStatus()));
            return Verification.went(found.get().getSid());
        } catch (ApiException e) {
            log.warn("Could not read Twilio's messages to {}: {}", Pii.mask(to), e.getStatusCode());
            return Verification.cannotTell("Twilio's message list: " + (e.getStatusCode() == null ? "no answer"
                    : "twilio " + e.getStatusCode() + " code " + e.getCode()));
        }
    }

    private MessageCreator creator(String to, String body, Long outboxId) {
        boolean service = properties.messagingServiceSid() != null && !properties.messagingServiceSid().isBlank();
        MessageCreator creator = service
                ? Message.creator(new PhoneNumber(to), properties.messagingServiceSid(), body)
                : Message.creator(new PhoneNumber(to), new PhoneNumber(properties.fromNumber()), body);
        return creator.setStatusCallback(URI.create(outboxId == null ? StatusCallbackController.url(properties)
                : StatusCallbackController.url(properties, outboxId)));
    }

    /**
     * No answer at all, or a gateway error that may have come after Twilio took the message: the
     * outcome is unknown and never repeated. Otherwise Twilio refused it: see {@link #outcomeOf}.
     */
    private Delivery refusedOrUnknown(long id, String to, ApiException e) {
        Delivery.Status outcome = e.getStatusCode() == null ? Delivery.Status.UNKNOWN : outcomeOf(e.getStatusCode(), e.getCode());
        String why = e.getStatusCode() == null ? e.getMessage() : "twilio " + e.getStatusCode() + " code " + e.getCode();
        if (outcome == Delivery.Status.UNKNOWN) {
            store.unknown(id);
            log.warn("SMS to {}: outcome unknown ({}); not retried", Pii.mask(to), why);
            return Delivery.unknown(why);
        }
        store.failed(id, e.getCode());
        if (e.getCode() != null && e.getCode() == UNSUBSCRIBED_RECIPIENT) {
            optOuts.optOut(Channel.SMS, to, "twilio-21610");
        }
        // Twilio's message often quotes the number ("The 'To' number +1... is not ..."): masked there too.
        String message = e.getMessage() == null ? "" : e.getMessage().replace(to, Pii.mask(to));
        log.warn("SMS to {} refused by Twilio: {} {}", Pii.mask(to), e.getCode(), message);
        return outcome == Delivery.Status.REFUSED ? Delivery.refused(why) : Delivery.failed(why);
    }

    /** Twilio's error codes that are about the recipient, so final: invalid, unreachable, unsubscribed, not mobile. */
    static final Set<Integer> RECIPIENT_REFUSALS = Set.of(21211, 21214, 21217, 21610, 21612, 21614);

    /**
     * What an error answer means: a refusal about the recipient is final; a gateway error (500,
     * 502, 504) may come after the message was taken, so it is unknown; anything else (503, 429,
     * an account or setup error being fixed) is worth another try later.
     */
    static Delivery.Status outcomeOf(int httpStatus, Integer code) {
        if (code != null && RECIPIENT_REFUSALS.contains(code)) {
            return Delivery.Status.REFUSED;
        }
        if (httpStatus == 500 || httpStatus == 502 || httpStatus == 504) {
            return Delivery.Status.UNKNOWN;
        }
        return Delivery.Status.FAILED;
    }
}
