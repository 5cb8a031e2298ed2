package org.beloved.bot.webinars;

import java.time.ZoneOffset;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.BotTexts;
import org.beloved.bot.Interactions;
import org.beloved.bot.SlashCommand;
import org.beloved.messaging.Reachability;
import org.beloved.shared.Channel;
import org.beloved.webinars.Subscriptions;
import org.springframework.stereotype.Component;

/**
 * /remind on|off: webinar reminders by direct message, only to the user. Turning them on also lifts
 * an "unreachable" mark left by closed DMs (50007): the user says they can be written to again.
 */
@Component
class RemindSlashCommand implements SlashCommand {

    private final Subscriptions subscriptions;
    private final Reachability reachability;

    RemindSlashCommand(Subscriptions subscriptions, Reachability reachability) {
        this.subscriptions = subscriptions;
        this.reachability = reachability;
    }

    @Override
    public String name() {
        return "remind";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.remind-discord");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "remind.description").addSubcommands(
                texts.subcommand("on", "remind.on.description"), texts.subcommand("off", "remind.off.description"));
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        boolean on = "on".equals(event.getSubcommandName());
        if (!on && !"off".equals(event.getSubcommandName())) {
            interactions.refuse(event, "error.unknown");
            return;
        }
        String user = event.getUser().getId();
        interactions.defer(event, true, language -> {
            if (on) {
                subscriptions.subscribe(Channel.DISCORD, user, ZoneOffset.UTC);
            reachability.recordReachable(Channel.DISCORD, user);
                return MessageEditData.fromContent(interactions.texts().t(language, "remind.discord.on"));
            }
            subscriptions.unsubscribe(Channel.DISCORD, user);
            return MessageEditData.fromContent(interactions.texts().t(language, "remind.discord.off"));
        });
    }
}
