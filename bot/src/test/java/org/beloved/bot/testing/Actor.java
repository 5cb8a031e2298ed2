package org.beloved.bot.testing;

import java.util.List;

/**
 * Who starts an interaction, and where: a member of a server (in its text channel, with role ids),
 * or a user in a direct message with the bot ({@code guild} null).
 *
 * @param locale the Discord client's locale, e.g. {@code en-US}, {@code es-ES}
 */
public record Actor(FakeUser user, FakeGuild guild, List<String> roleIds, String locale) {

    public static Actor member(FakeGuild guild, FakeUser user, String... roleIds) {
        return new Actor(user, guild, List.of(roleIds), "en-US");
    }

    public static Actor inDirectMessage(FakeUser user) {
        return new Actor(user, null, List.of(), "en-US");
    }

    public Actor withLocale(String next) {
        return new Actor(user, guild, roleIds, next);
    }

    public boolean inGuild() {
        return guild != null;
    }
}
