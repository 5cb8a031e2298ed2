package org.beloved.alerts;

/**
 * An alert was sent (its messages enqueued), published once per alert in the sending transaction:
 * adapters that announce it elsewhere (Discord servers) queue their work then.
 */
public record AlertSent(long alertId) {
}
