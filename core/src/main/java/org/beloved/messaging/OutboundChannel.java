package org.beloved.messaging;

import java.time.Instant;
import org.beloved.shared.Channel;

/**
 * The port a channel adapter implements to deliver a message Beloved starts (a reminder, a
 * notice): SMS in sms-gateway, Discord in bot. The dispatcher has already left out opted-out and
 * unreachable recipients; an implementation reports what happened and never sends twice when the
 * outcome of an attempt is unknown.
 */
public interface OutboundChannel {

    Channel channel();

    /**
     * Whether this instance can deliver on the channel now (configured here; for Discord, the
     * gateway connected on this instance). The outbox claims only rows of channels ready here, so a
     * row never waits on, or is given up by, an instance that cannot send it.
     */
    default boolean ready() {
        return true;
    }

    /**
     * Delivers {@code text} to {@code address}. {@code outboxId} travels with the message where the
     * provider keeps it (SMS: the status-callback URL; Discord: the message nonce), so that
     * {@link #verify} can later tell whether it went out.
     */
    Delivery send(long outboxId, String address, String text);

    /**
     * Whether the message of {@code outboxId} went out after {@code since}: asked before sending
     * again a row whose instance died mid-delivery (or whose outcome was unknown). Only a message
     * that provably did not go out is sent again.
     */
    default Verification verify(long outboxId, String address, String text, Instant since) {
        return Verification.cannotTell("the " + channel() + " channel cannot look messages up");
    }
}
