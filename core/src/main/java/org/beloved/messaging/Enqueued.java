package org.beloved.messaging;

import java.time.Instant;
import java.util.Map;
import org.beloved.shared.Channel;

/**
 * A message as it was handed to messaging: when it was first enqueued, and for how many recipients
 * on each channel (whatever became of each since).
 */
public record Enqueued(Instant at, Map<Channel, Long> recipients) {

    public Enqueued {
        recipients = Map.copyOf(recipients);
    }

    public long recipients(Channel channel) {
        return recipients.getOrDefault(channel, 0L);
    }
}
