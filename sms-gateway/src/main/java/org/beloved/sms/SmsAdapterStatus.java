package org.beloved.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at startup whether the SMS adapter is on, and if not, which settings turn it on. */
@Component
class SmsAdapterStatus {

    private static final Logger log = LoggerFactory.getLogger(SmsAdapterStatus.class);

    private final SmsProperties properties;

    SmsAdapterStatus(SmsProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationStartedEvent.class)
    void report() {
        if (properties.enabled()) {
            log.info("SMS adapter: on");
        } else {
            log.info("SMS adapter: off. Set BELOVED_SMS_ACCOUNT_SID, BELOVED_SMS_AUTH_TOKEN, BELOVED_SMS_PUBLIC_URL"
                    + " and BELOVED_SMS_MESSAGING_SERVICE_SID or BELOVED_SMS_FROM_NUMBER to turn it on.");
        }
    }
}
