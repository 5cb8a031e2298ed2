package org.beloved.bot;

import java.util.List;
import java.util.stream.Stream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers the slash commands when the bot connects, the way Discord expects three kinds of them:
 * <ul>
 * <li>member commands ({@link Access#EVERYONE}): global, usable in servers and in DMs with the bot;</li>
 * <li>server-admin commands ({@link Access#SERVER_ADMIN}): global, servers only, shown to members
 * with Manage Server ({@code default_member_permissions});</li>
 * <li>organizer commands ({@link Access#ORGANIZER}): only in the servers of {@code beloved.discord.guild-ids},
 * servers only, shown to members with Manage Server by default (a server can grant them to its
 * organizer role in its integration settings); the real check stays {@link Organizers}.</li>
 * </ul>
 * Each set (the global one, and each organizing server's) is replaced whole on every connection, so
 * commands no longer wanted, and duplicates left by an earlier per-server registration, disappear.
 * Organizer commands are left out when no one can be an organizer ({@link Organizers#commandsEnabled}),
 * and the log says which settings turn them on. The ids Discord returns are kept in {@link CommandMentions}.
 * Logs the invite URL with exactly the permissions the bot uses.
 */
@Component
class CommandRegistrar extends ListenerAdapter {

    /**
     * Read channels, post messages with embeds (announcements and replies), and create events (a
     * Discord Scheduled Event per webinar; Create Events also lets the bot edit and cancel its own).
     */
    static final List<Permission> PERMISSIONS = List.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS, Permission.CREATE_SCHEDULED_EVENTS);

    /** Who sees server-admin and organizer commands before a server changes it. */
    static final DefaultMemberPermissions ADMINS = DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER);

    private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

    private final DiscordProperties properties;
    private final InteractionRouter router;
    private final BotTexts texts;
    private final Organizers organizers;
    private final CommandMentions mentions;

    CommandRegistrar(DiscordProperties properties, InteractionRouter router, BotTexts texts, Organizers organizers,
            CommandMentions mentions) {
        this.properties = properties;
        this.router = router;
        this.texts = texts;
        this.organizers = organizers;
        this.mentions = mentions;
    }

    /** Every command registered somewhere: the global set and the organizing servers' set. */
    List<CommandData> definitions() {
        return Stream.concat(globalDefinitions().stream(), organizingDefinitions().stream()).toList();
    }

    /** Member and server-admin commands, registered globally. */
    List<CommandData> globalDefinitions() {
        return router.commands().stream().filter(c -> c.access() != Access.ORGANIZER).map(this::scoped).toList();
    }

    /** Organizer commands, registered in each organizing server; none when no one can be an organizer. */
    List<CommandData> organizingDefinitions() {
        if (!organizers.commandsEnabled()) {
            return List.of();
        }
        return router.commands().stream().filter(c -> c.access() == Access.ORGANIZER).map(this::scoped).toList();
    }

    /** The definition with where it appears and who sees it, by its access. */
    private CommandData scoped(SlashCommand command) {
        CommandData data = command.definition(texts).setIntegrationTypes(IntegrationType.GUILD_INSTALL);
        if (command.access() == Access.EVERYONE && !command.serverOnly()) {
            return data.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
        }
        data.setContexts(InteractionContextType.GUILD);
        return command.access() == Access.EVERYONE ? data : data.setDefaultPermissions(ADMINS);
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        if (jda.getShardInfo().getShardId() != 0) {
            return;
        }
        log.info("Discord adapter: connected as {}. Invite it with {}", jda.getSelfUser().getName(),
                jda.getInviteUrl(PERMISSIONS));
        if (!organizers.commandsEnabled()) {
            log.info(Organizers.howToEnable());
        }
        jda.updateCommands().addCommands(globalDefinitions()).queue(
                done -> {
                    mentions.registered(null, done);
                    log.info("Registered {} global slash commands", done.size());
                },
                failure -> log.error("Could not register the global slash commands", failure));
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        String guildId = event.getGuild().getId();
        if (properties.guildIds().contains(guildId)) {
            event.getGuild().updateCommands().addCommands(organizingDefinitions()).queue(
                    done -> {
                        mentions.registered(guildId, done);
                        log.info("Registered {} organizer slash commands in server {}", done.size(), guildId);
                    },
                    failure -> log.error("Could not register slash commands in server {}", guildId, failure));
        }
    }
}
