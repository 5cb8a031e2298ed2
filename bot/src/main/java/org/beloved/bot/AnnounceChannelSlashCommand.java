package org.beloved.bot;

import java.util.Optional;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.springframework.stereotype.Component;

/**
 * /announce-channel set [channel] [role] | clear: where this server receives webinar announcements,
 * and the role each announcement mentions (only that role is pinged). This
 * server's admins (or organizers) only; each change is audited.
 */
@Component
class AnnounceChannelSlashCommand implements ServerAdminSlashCommand {

    static final String SET = "set";
    static final String CLEAR = "clear";
    static final String CHANNEL = "channel";
    static final String ROLE = "role";

    static final String SERVER = "discord-server";

    private final AnnounceChannels channels;
    private final Organizers organizers;
    private final AuditLog audit;

    AnnounceChannelSlashCommand(AnnounceChannels channels, Organizers organizers, AuditLog audit) {
        this.channels = channels;
        this.organizers = organizers;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "announce-channel";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.announce");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "announce.description").addSubcommands(
                texts.subcommand(SET, "announce.set.description").addOptions(
                        texts.option(OptionType.CHANNEL, CHANNEL, "announce.channel.option", false)
                                .setChannelTypes(ChannelType.TEXT, ChannelType.NEWS),
                        texts.option(OptionType.ROLE, ROLE, "announce.role.option", false)),
                texts.subcommand(CLEAR, "announce.clear.description"));
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        String guild = event.getGuild().getId();
        Actor actor = organizers.actor(event);
        if (CLEAR.equals(event.getSubcommandName())) {
            interactions.defer(event, true, language -> {
                boolean cleared = channels.clear(guild);
                if (cleared) {
                    audit.record(actor, AuditAction.ANNOUNCE_CHANNEL_CLEAR, SERVER, guild);
                }
                return MessageEditData.fromContent(interactions.texts().t(language, cleared ? "announce.cleared" : "announce.none"));
            });
            return;
        }
        if (!SET.equals(event.getSubcommandName())) {
            interactions.refuse(event, "error.unknown");
            return;
        }
        GuildChannel target = Optional.ofNullable(event.getOption(CHANNEL)).map(OptionMapping::getAsChannel)
                .map(c -> (GuildChannel) c).orElse(event.getGuildChannel());
        if (target.getType() != ChannelType.TEXT && target.getType() != ChannelType.NEWS) {
            interactions.refuse(event, "announce.not-text");
            return;
        }
        Optional<Role> role = Optional.ofNullable(event.getOption(ROLE)).map(OptionMapping::getAsRole);
        if (role.filter(r -> r.isPublicRole() || r.isManaged()).isPresent()) {
            interactions.refuse(event, "announce.role.invalid");   // @everyone, or a bot's or integration's own role
            return;
        }
        interactions.defer(event, true, language -> {
            channels.set(guild, target.getId(), role.map(Role::getId).orElse(null));
            audit.record(actor, AuditAction.ANNOUNCE_CHANNEL_SET, SERVER, guild);
            String answer = role.map(r -> interactions.texts().t(language, "announce.set.role", target.getAsMention(), r.getName()))
                    .orElseGet(() -> interactions.texts().t(language, "announce.set", target.getAsMention()));
            return MessageEditData.fromContent(answer);
        });
    }
}
