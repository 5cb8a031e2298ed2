package org.beloved.messaging;

import java.time.Duration;
import org.beloved.conversation.Channel;

/** A claimed outbox row: what to deliver to whom. The text is written by the kind's {@link OutboxRenderer}. */
public record OutboxMessage(long id, String kind, long webinarId, Duration offset, Channel channel, String address,
        int attempts) {
}
