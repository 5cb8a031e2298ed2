package org.beloved.conversation;

import java.time.Instant;
import java.util.Objects;
import org.beloved.shared.Channel;

/**
 * One message someone sent the bot.
 *
 * @param channel where it came from
 * @param sender the sender's address on that channel (personal data: never show or log it whole)
 * @param text what they wrote, as written (may be empty, never null)
 * @param receivedAt when the channel received it
 * @param externalId the channel's id for the message (Twilio MessageSid, Discord id), or null
 */
public record Inbound(Channel channel, String sender, String text, Instant receivedAt, String externalId) {

    public Inbound {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receivedAt, "receivedAt");
        text = text == null ? "" : text;
    }
}
