package org.beloved.messaging;

import java.time.Duration;
import org.beloved.shared.Channel;

/**
 * What waits in the outbox on one channel: {@code due} rows whose time has come and are not yet
 * claimed, and how long the oldest of them has been due ({@link Duration#ZERO} when none is).
 */
public record OutboxBacklog(Channel channel, long due, Duration oldestDue) {
}
