package org.beloved.bot.alerts;

import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.alerts.AlertPlaces;
import org.beloved.alerts.AlertSubscribers;
import org.beloved.bot.BotTexts;
import org.beloved.bot.Interactions;
import org.beloved.bot.SlashCommand;
import org.beloved.bot.directory.ServerZips;
import org.beloved.directory.ZipCodes;
import org.beloved.directory.ZipLookup;
import org.beloved.messaging.Reachability;
import org.beloved.shared.Channel;
import org.springframework.stereotype.Component;

/**
 * /alerts on [zip] | off: action alerts by direct message, answered only to the user. The place is
 * the ZIP given, else the server's default ZIP ({@code /server-zip}); in a DM without one the user is
 * asked for it. Turning alerts on lifts an "unreachable" mark left by closed DMs, as /remind on does.
 */
@Component
class AlertsSlashCommand implements SlashCommand {

    static final String ZIP = "zip";

    private final AlertSubscribers subscribers;
    private final ServerZips serverZips;
    private final ZipCodes zipCodes;
    private final Reachability reachability;
    private final AlertPlaces places;

    AlertsSlashCommand(AlertSubscribers subscribers, ServerZips serverZips, ZipCodes zipCodes, Reachability reachability,
            AlertPlaces places) {
        this.places = places;
        this.subscribers = subscribers;
        this.serverZips = serverZips;
        this.zipCodes = zipCodes;
        this.reachability = reachability;
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.alerts-discord");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "alerts.description").addSubcommands(
                texts.subcommand("on", "alerts.on.description")
                        .addOptions(texts.option(OptionType.STRING, ZIP, "alerts.zip.option", false)),
                texts.subcommand("off", "alerts.off.description"));
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        String subcommand = event.getSubcommandName();
        if (!"on".equals(subcommand) && !"off".equals(subcommand)) {
            interactions.refuse(event, "error.unknown");
            return;
        }
        String user = event.getUser().getId();
        if ("off".equals(subcommand)) {
            interactions.defer(event, true, language -> MessageEditData.fromContent(interactions.texts().t(language,
                    subscribers.unsubscribe(Channel.DISCORD, user) ? "alerts.discord.off" : "alerts.discord.was-off")));
            return;
        }
        String typed = Optional.ofNullable(event.getOption(ZIP)).map(OptionMapping::getAsString).orElse("").strip();
        if (!typed.isEmpty() && ZipCodes.normalize(typed).isEmpty()) {
            interactions.refuse(event, "zip.malformed");
            return;
        }
        String guild = event.isFromGuild() ? event.getGuild().getId() : null;
        if (typed.isEmpty() && guild == null) {
            interactions.refuse(event, "alerts.discord.no-zip.dm");
            return;
        }
        interactions.defer(event, true, language -> {
            Optional<String> zip = typed.isEmpty() ? serverZips.of(guild) : Optional.of(typed);
            if (zip.isEmpty()) {
                return MessageEditData.fromContent(interactions.texts().t(language, "alerts.discord.no-zip.server"));
            }
            if (!(zipCodes.lookup(zip.get()) instanceof ZipLookup.Found found)) {
                return MessageEditData.fromContent(interactions.texts().t(language, "zip.unknown",
                        ZipCodes.normalize(zip.get()).orElse(zip.get())));
            }
            subscribers.subscribe(Channel.DISCORD, user, language, found.zipCode());
            reachability.recordReachable(Channel.DISCORD, user);
            return MessageEditData.fromContent(interactions.texts().t(language, "alerts.discord.on",
                    places.of(language, found.zipCode())));
        });
    }
}
