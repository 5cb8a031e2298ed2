package org.beloved.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code beloved.messaging.*}.
 *
 * @param smsPerSecond how many SMS all instances together send per second (Twilio's long-code rate is 1)
 * @param dispatchEnabled whether this instance drains the outbox (tests that share a database turn it off)
 */
@ConfigurationProperties("beloved.messaging")
public record MessagingSettings(@DefaultValue("1") double smsPerSecond, @DefaultValue("true") boolean dispatchEnabled) {

    public MessagingSettings {
        if (smsPerSecond <= 0) {
            throw new IllegalArgumentException("beloved.messaging.sms-per-second must be positive");
        }
    }
}
