package org.beloved.messaging;

import org.beloved.shared.Channel;

/**
 * Published as a Spring application event each time the dispatcher settles an attempt at an outbox
 * message: the channel was called and answered {@code status}, or the message was
 * {@link Delivery.Status#SKIPPED skipped} before any call (opted out, unreachable, nothing to say).
 * It carries no address: it is there to be counted (the app's {@code beloved_outbound_messages_total}).
 */
public record OutboundOutcome(Channel channel, MessageKind kind, Delivery.Status status) {
}
