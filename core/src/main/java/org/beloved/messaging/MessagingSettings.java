package org.beloved.messaging;

import java.time.Duration;
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
 * @param lease how long a claimed row belongs to the instance that claimed it: longer than a channel's
 *        call may take (30 s), since a row whose lease ran out is reconciled with the provider as if
 *        its instance had died
 * @param sweepInterval how often each instance looks for expired leases and rows to reconcile
 * @param verifyTries how often the provider is asked whether a message went out before its row is
 *        left 'unknown' for good (asked with a doubling back-off: 1, 2, 4 ... minutes)
 * @param quietHours when non-urgent messages wait, in the recipient's zone ({@link QuietHours}):
 *        "21:00-08:00", or "off"
 */
@ConfigurationProperties("beloved.messaging")
record MessagingSettings(@DefaultValue("1") double smsPerSecond, @DefaultValue("true") boolean dispatchEnabled,
        @DefaultValue("4") int dispatchThreads, @DefaultValue("1s") Duration dispatchInterval,
        @DefaultValue("10") double discordPerSecond, @DefaultValue("2m") Duration lease,
        @DefaultValue("30s") Duration sweepInterval, @DefaultValue("6") int verifyTries,
        @DefaultValue("21:00-08:00") String quietHours) {

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
        if (lease == null || lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("beloved.messaging.lease must be at least 1s");
        }
        if (sweepInterval == null || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("beloved.messaging.sweep-interval must be positive");
        }
        if (verifyTries < 1) {
            throw new IllegalArgumentException("beloved.messaging.verify-tries must be at least 1");
        }
        QuietHours.parse(quietHours);
    }
}
