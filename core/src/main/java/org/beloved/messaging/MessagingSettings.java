package org.beloved.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code beloved.messaging.*}.
 *
 * @param smsPerSecond how many SMS all instances together send per second (Twilio's long-code rate is 1)
 * @param dispatchEnabled whether this instance drains the outbox (tests that share a database turn it off)
 * @param dispatchThreads how many workers drain it in this instance
 * @param dispatchInterval how long an idle worker waits before looking again
 * @param discordPerSecond how many Discord DMs all instances together send per second (JDA keeps to
 *        Discord's own limits besides; this keeps a large reminder from filling its queue)
 */
@ConfigurationProperties("beloved.messaging")
record MessagingSettings(@DefaultValue("1") double smsPerSecond, @DefaultValue("true") boolean dispatchEnabled,
        @DefaultValue("4") int dispatchThreads, @DefaultValue("1s") java.time.Duration dispatchInterval,
        @DefaultValue("10") double discordPerSecond) {

    public MessagingSettings {
        if (dispatchThreads < 1) {
            throw new IllegalArgumentException("beloved.messaging.dispatch-threads must be at least 1");
        }
        if (smsPerSecond <= 0) {
            throw new IllegalArgumentException("beloved.messaging.sms-per-second must be positive");
        }
        if (discordPerSecond <= 0) {
            throw new IllegalArgumentException("beloved.messaging.discord-per-second must be positive");
        }
    }
}
