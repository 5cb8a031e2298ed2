package org.beloved.messaging;

import java.time.Duration;
import org.beloved.shared.Channel;

/**
 * A claimed outbox row: what to deliver to whom. The text is written by the kind's {@link OutboxRenderer}.
 *
 * @param subjectId what it is about, in the sending feature's terms (see {@link Message})
 * @param lead how long before the subject's moment it was planned
 */
public record OutboxMessage(long id, MessageKind kind, long subjectId, Duration lead, Channel channel, String address,
        int attempts) {
}
