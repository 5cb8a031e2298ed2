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

    /** What an adapter that logs the messages it sends keeps of a {@link #sendSecret secret}'s text, instead of it. */
    String SECRET_KEPT_AS = "[sign-in code]";

    /**
     * Delivers a secret in {@code text} (a console sign-in code), straight away and for no outbox
     * row: like {@link #send}, except that the adapter keeps no copy of the text (a log of sent
     * messages holds {@link #SECRET_KEPT_AS}) and nothing is settled by the message's outcome, which
     * is never {@link #verify verified}. {@code reference} travels where the provider keeps an id
     * (Discord's nonce): it must be unique among the messages sent and never an outbox row's id, so
     * the console passes its code row's id negated. The default sends as {@link #send} does, which
     * fits an adapter that records nothing of the text (Discord); one that records it overrides this.
     */
    default Delivery sendSecret(long reference, String address, String text) {
        return send(reference, address, text);
    }

    /**
     * Whether the message of {@code outboxId} went out after {@code since}: asked before sending
     * again a row whose instance died mid-delivery (or whose outcome was unknown). Only a message
     * that provably did not go out is sent again.
     */
    default Verification verify(long outboxId, String address, String text, Instant since) {
        return Verification.cannotTell("the " + channel() + " channel cannot look messages up");
    }
}
