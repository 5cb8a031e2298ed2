package org.beloved.bot.testing;

/**
 * A server as FakeDiscord announces it in GUILD_CREATE: one text channel, the {@code @everyone}
 * role (id = the guild's id; view, send, embed, read history, use commands), the bot's own managed
 * role (Create Events and Manage Events), a role named {@code Organizer} without permissions, a role
 * named {@code Manager} with Manage Server (what Discord's server admins hold), and an owner (all
 * permissions, as Discord gives owners).
 */
public record FakeGuild(String id, String name, String channelId, String botRoleId, String organizerRoleId,
        FakeUser owner, String managerRoleId) {

    /** A server whose Manager role gets a new id. */
    public FakeGuild(String id, String name, String channelId, String botRoleId, String organizerRoleId, FakeUser owner) {
        this(id, name, channelId, botRoleId, organizerRoleId, owner, Snowflakes.next());
    }

    public String everyoneRoleId() {
        return id;
    }
}
