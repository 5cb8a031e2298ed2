package org.beloved.sms;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.util.Optional;
import org.beloved.conversation.Channel;
import org.beloved.messaging.Delivery;
import org.beloved.messaging.OptOuts;
import org.beloved.messaging.OutboundChannel;
import org.beloved.messaging.Recipients;
import org.beloved.platform.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sends an SMS through Twilio's REST API: from the Messaging Service or the From number, with
 * status callbacks to {@code public-url}/sms/status. The attempt is recorded before the call; a
 * call whose outcome is unknown (no HTTP answer) is marked so and never repeated here.
 */
@Component
class SmsChannel implements OutboundChannel {

    private static final Logger log = LoggerFactory.getLogger(SmsChannel.class);
    static final int UNSUBSCRIBED_RECIPIENT = 21610;

    private final SmsProperties properties;
    private final ObjectProvider<TwilioRestClient> client;
    private final Recipients recipients;
    private final OptOuts optOuts;
    private final SmsOutboundStore store;

    SmsChannel(SmsProperties properties, ObjectProvider<TwilioRestClient> client, Recipients recipients,
            OptOuts optOuts, SmsOutboundStore store) {
        this.properties = properties;
        this.client = client;
        this.recipients = recipients;
        this.optOuts = optOuts;
        this.store = store;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Delivery send(String to, String text) {
        TwilioRestClient twilio = client.getIfAvailable();
        if (twilio == null) {
            return Delivery.skipped("the SMS adapter is off");
        }
        Optional<Delivery> refusal = recipients.refusal(Channel.SMS, to);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        String body = GsmText.twins(text);
        long id = store.recordAttempt(to, body);
        try {
            Message message = creator(to, body).create(twilio);
            store.accepted(id, message.getSid(), String.valueOf(message.getStatus()));
            return Delivery.sent(message.getSid());
        } catch (ApiException e) {
            return refusedOrUnknown(id, to, e);
        }
    }

    private MessageCreator creator(String to, String body) {
        boolean service = properties.messagingServiceSid() != null && !properties.messagingServiceSid().isBlank();
        MessageCreator creator = service
                ? Message.creator(new PhoneNumber(to), properties.messagingServiceSid(), body)
                : Message.creator(new PhoneNumber(to), new PhoneNumber(properties.fromNumber()), body);
        return creator.setStatusCallback(URI.create(properties.signedUrl(StatusCallbackController.PATH)));
    }

    /** An HTTP error answer means Twilio refused it; no answer at all means we cannot know. */
    private Delivery refusedOrUnknown(long id, String to, ApiException e) {
        if (e.getStatusCode() == null) {
            store.unknown(id);
            log.warn("SMS to {}: outcome unknown ({}); not retried", Pii.mask(to), e.getMessage());
            return Delivery.unknown(e.getMessage());
        }
        store.failed(id, e.getCode());
        if (e.getCode() != null && e.getCode() == UNSUBSCRIBED_RECIPIENT) {
            optOuts.optOut(Channel.SMS, to, "twilio-21610");
        }
        log.warn("SMS to {} refused by Twilio: {} {}", Pii.mask(to), e.getCode(), e.getMessage());
        String why = "twilio " + e.getStatusCode() + " code " + e.getCode();
        return transientStatus(e.getStatusCode()) ? Delivery.failed(why) : Delivery.refused(why);
    }

    /** Too many requests, or Twilio's own trouble: worth another try later. Any other refusal is final. */
    static boolean transientStatus(int httpStatus) {
        return httpStatus == 429 || httpStatus >= 500;
    }
}
