package org.beloved.bot;

import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers the slash commands when the bot connects, replacing the whole set each time (an
 * update, never duplicates): in the servers of {@code beloved.discord.guild-ids} for instant
 * updates, otherwise globally. Logs the invite URL with exactly the permissions the bot uses.
 * Organizer commands are left out when no one can be an organizer ({@link Organizers#commandsEnabled}),
 * and the log says which settings turn them on.
 */
@Component
class CommandRegistrar extends ListenerAdapter {

    /**
     * Read channels, post messages with embeds (announcements and replies), and create events (a
     * Discord Scheduled Event per webinar; Create Events also lets the bot edit and cancel its own).
     */
    static final List<Permission> PERMISSIONS = List.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS, Permission.CREATE_SCHEDULED_EVENTS);

    private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

    private final DiscordProperties properties;
    private final InteractionRouter router;
    private final BotTexts texts;
    private final Organizers organizers;

    CommandRegistrar(DiscordProperties properties, InteractionRouter router, BotTexts texts, Organizers organizers) {
        this.properties = properties;
        this.router = router;
        this.texts = texts;
        this.organizers = organizers;
    }

    /** The commands to register: all of them, or all but the organizer ones when those are off. */
    List<CommandData> definitions() {
        boolean organizerCommands = organizers.commandsEnabled();
        return router.commands().stream()
                .filter(c -> organizerCommands || c.access() != Access.ORGANIZER)
                .map(c -> (CommandData) c.definition(texts)).toList();
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
        if (properties.guildIds().isEmpty()) {
            jda.updateCommands().addCommands(definitions()).queue(
                    done -> log.info("Registered {} global slash commands", done.size()),
                    failure -> log.error("Could not register the global slash commands", failure));
        }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        if (properties.guildIds().contains(event.getGuild().getId())) {
            event.getGuild().updateCommands().addCommands(definitions()).queue(
                    done -> log.info("Registered {} slash commands in server {}", done.size(), event.getGuild().getId()),
                    failure -> log.error("Could not register slash commands in server {}", event.getGuild().getId(), failure));
        }
    }
}
