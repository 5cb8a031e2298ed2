package org.beloved.bot.testing;

import java.time.Instant;

/**
 * An INTERACTION_CREATE FakeDiscord dispatched.
 *
 * @param what a readable label for failure messages, e.g. {@code /help} or {@code button approve:1}
 * @param channelId where its responses appear (the server channel, or the DM channel)
 */
public record FakeInteraction(String id, String token, String what, String channelId, Instant dispatchedAt) {
}
