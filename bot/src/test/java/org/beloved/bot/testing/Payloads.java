package org.beloved.bot.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Discord's JSON shapes, with the fields JDA 6 requires (see docs/notes: roles need {@code colors},
 * a guild lists the bot among its members, interactions carry a {@code guild} object).
 */
final class Payloads {

    /** View channel, send messages, embed links, read history, use application commands. */
    static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 31);
    /** Manage events and create events: what Scheduled Events need. */
    static final long BOT_ROLE_PERMISSIONS = (1L << 33) | (1L << 44);
    static final long ALL_PERMISSIONS = (1L << 51) - 1;
    /** Manage Server: the Manager role's one permission. */
    static final long MANAGE_SERVER = 1L << 5;
    private static final String JOINED = "2025-01-01T00:00:00.000000+00:00";

    private Payloads() {
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    static DataObject user(FakeUser user) {
        return DataObject.empty().put("id", user.id()).put("username", user.username())
                .put("global_name", user.username()).put("discriminator", "0").put("avatar", null)
                .put("bot", user.bot()).put("system", false).put("public_flags", 0);
    }

    static DataObject member(FakeUser user, List<String> roleIds) {
        DataArray roles = DataArray.empty();
        roleIds.forEach(roles::add);
        return DataObject.empty().put("user", user(user)).put("roles", roles).put("nick", null).put("avatar", null)
                .put("joined_at", JOINED).put("premium_since", null).put("deaf", false).put("mute", false)
                .put("flags", 0).put("pending", false).put("communication_disabled_until", null);
    }

    static DataObject role(String id, String name, long permissions, int position, boolean managed) {
        DataObject colors = DataObject.empty().put("primary_color", 0).put("secondary_color", null)
                .put("tertiary_color", null);
        return DataObject.empty().put("id", id).put("name", name).put("color", 0).put("colors", colors)
                .put("hoist", false).put("icon", null).put("unicode_emoji", null).put("position", position)
                .put("permissions", Long.toString(permissions)).put("managed", managed).put("mentionable", false)
                .put("flags", 0).put("tags", DataObject.empty());
    }

    static DataObject textChannel(FakeGuild guild) {
        return DataObject.empty().put("id", guild.channelId()).put("type", 0).put("guild_id", guild.id())
                .put("name", "general").put("position", 0).put("permission_overwrites", DataArray.empty())
                .put("parent_id", null).put("topic", null).put("nsfw", false).put("rate_limit_per_user", 0)
                .put("last_message_id", null).put("flags", 0);
    }

    static DataObject dmChannel(String id, FakeUser recipient) {
        return DataObject.empty().put("id", id).put("type", 1).put("last_message_id", null).put("flags", 0)
                .put("recipients", DataArray.empty().add(user(recipient)));
    }

    static DataObject guildCreate(FakeGuild guild, FakeUser bot) {
        DataArray roles = DataArray.empty()
                .add(role(guild.everyoneRoleId(), "@everyone", EVERYONE_PERMISSIONS, 0, false))
                .add(role(guild.botRoleId(), bot.username(), BOT_ROLE_PERMISSIONS, 1, true))
                .add(role(guild.organizerRoleId(), "Organizer", 0, 2, false))
                .add(role(guild.managerRoleId(), "Manager", MANAGE_SERVER, 3, false));
        DataArray members = DataArray.empty()
                .add(member(bot, List.of(guild.botRoleId())))
                .add(member(guild.owner(), List.of()));
        return DataObject.empty().put("id", guild.id()).put("name", guild.name()).put("icon", null)
                .put("splash", null).put("banner", null).put("description", null).put("owner_id", guild.owner().id())
                .put("afk_channel_id", null).put("afk_timeout", 300).put("verification_level", 0)
                .put("default_message_notifications", 0).put("explicit_content_filter", 0).put("mfa_level", 0)
                .put("nsfw_level", 0).put("premium_tier", 0).put("premium_subscription_count", 0)
                .put("preferred_locale", "en-US").put("system_channel_id", null).put("vanity_url_code", null)
                .put("features", DataArray.empty()).put("roles", roles).put("emojis", DataArray.empty())
                .put("stickers", DataArray.empty()).put("channels", DataArray.empty().add(textChannel(guild)))
                .put("threads", DataArray.empty()).put("members", members).put("voice_states", DataArray.empty())
                .put("presences", DataArray.empty()).put("guild_scheduled_events", DataArray.empty())
                .put("stage_instances", DataArray.empty()).put("member_count", members.length()).put("large", false)
                .put("unavailable", false).put("joined_at", JOINED).put("max_members", 500000);
    }

    /**
     * A message as Discord returns it: the sent fields echoed (content, embeds, components, flags,
     * nonce), authored by {@code author}.
     */
    static DataObject message(String id, String channelId, String guildId, FakeUser author, DataObject sent) {
        DataObject message = DataObject.empty().put("id", id).put("type", 0).put("channel_id", channelId)
                .put("author", user(author)).put("content", sent.getString("content", ""))
                .put("timestamp", now()).put("edited_timestamp", null).put("tts", sent.getBoolean("tts"))
                .put("mention_everyone", false).put("mentions", DataArray.empty()).put("mention_roles", DataArray.empty())
                .put("attachments", DataArray.empty()).put("pinned", false).put("flags", sent.getInt("flags", 0))
                .put("embeds", embeds(sent))
                .put("components", sent.optArray("components").orElseGet(DataArray::empty));
        sent.opt("nonce").ifPresent(nonce -> message.put("nonce", nonce));
        if (guildId != null) {
            message.put("guild_id", guildId);
        }
        return message;
    }

    /** An edit applied to a message the fake holds: the fields sent replace the message's. */
    static DataObject edit(DataObject message, DataObject edit) {
        edit.keys().forEach(key -> message.put(key, edit.get(key)));
        if (edit.hasKey("embeds")) {
            message.put("embeds", embeds(edit));
        }
        return message.put("edited_timestamp", now());
    }

    /** The sent embeds as Discord returns them: with their {@code type}, which JDA requires. */
    private static DataArray embeds(DataObject sent) {
        DataArray embeds = DataArray.empty();
        sent.optArray("embeds").filter(array -> !array.isEmpty()).ifPresent(array -> array.stream(DataArray::getObject)
                .forEach(embed -> embeds.add(embed.hasKey("type") ? embed : embed.put("type", "rich"))));
        return embeds;
    }

    static DataObject interaction(FakeInteraction interaction, int type, DataObject data, Actor actor,
            String applicationId, String dmChannelId) {
        DataObject json = DataObject.empty().put("id", interaction.id()).put("application_id", applicationId)
                .put("type", type).put("token", interaction.token()).put("version", 1).put("data", data)
                .put("channel_id", interaction.channelId()).put("locale", actor.locale())
                .put("entitlements", DataArray.empty()).put("attachment_size_limit", 10485760);
        if (actor.inGuild()) {
            FakeGuild guild = actor.guild();
            long permissions = guild.owner().id().equals(actor.user().id()) ? ALL_PERMISSIONS
                    : EVERYONE_PERMISSIONS | (actor.roleIds().contains(guild.managerRoleId()) ? MANAGE_SERVER : 0);
            json.put("guild_id", guild.id())
                    .put("guild", DataObject.empty().put("id", guild.id()).put("locale", "en-US")
                            .put("features", DataArray.empty()))
                    .put("guild_locale", "en-US")
                    .put("channel", textChannel(guild))
                    .put("member", member(actor.user(), actor.roleIds()).put("permissions", Long.toString(permissions)))
                    .put("app_permissions", Long.toString(EVERYONE_PERMISSIONS | BOT_ROLE_PERMISSIONS))
                    .put("authorizing_integration_owners", DataObject.empty().put("0", guild.id()))
                    .put("context", 0);
        } else {
            json.put("user", user(actor.user()))
                    .put("channel", dmChannel(dmChannelId, actor.user()))
                    .put("app_permissions", Long.toString(EVERYONE_PERMISSIONS))
                    .put("authorizing_integration_owners", DataObject.empty().put("0", "0"))
                    .put("context", 1);
        }
        return json;
    }
}
