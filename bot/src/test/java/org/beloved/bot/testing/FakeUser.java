package org.beloved.bot.testing;

/** A Discord user FakeDiscord knows ({@code GET /users/{id}} finds it); {@code bot} for the bot itself. */
public record FakeUser(String id, String username, boolean bot) {
}
