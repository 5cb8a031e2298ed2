package org.beloved.bot.webinars;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.BotTexts;
import org.beloved.bot.ButtonHandler;
import org.beloved.bot.ComponentId;
import org.beloved.bot.DiscordChannel;
import org.beloved.bot.DiscordTime;
import org.beloved.bot.Interactions;
import org.beloved.bot.SlashCommand;
import org.beloved.messaging.Reachability;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.webinars.Subscriptions;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.Webinars;
import org.springframework.stereotype.Component;

/**
 * /webinars: the upcoming webinars with Discord timestamps (each reader sees their own time) and
 * a "Remind me" button that subscribes whoever clicks it to reminders by direct message.
 */
@Component
class WebinarsSlashCommand implements SlashCommand, ButtonHandler {

    static final String REMIND_ME = "remind-me";

    private final Webinars webinars;
    private final Subscriptions subscriptions;
    private final Reachability reachability;

    WebinarsSlashCommand(Webinars webinars, Subscriptions subscriptions, Reachability reachability) {
        this.reachability = reachability;
        this.webinars = webinars;
        this.subscriptions = subscriptions;
    }

    @Override
    public String name() {
        return "webinars";
    }

    @Override
    public String id() {
        return REMIND_ME;
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.webinars-discord");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "webinars.description");
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        interactions.defer(event, false, language -> list(interactions.texts(), language, webinars.upcoming()));
    }

    static MessageEditData list(BotTexts t, Language language, List<Webinar> upcoming) {
        if (upcoming.isEmpty()) {
            return MessageEditData.fromContent(t.t(language, "webinars.none"));
        }
        EmbedBuilder embed = new EmbedBuilder().setColor(DiscordChannel.COLOR).setTitle(t.t(language, "webinars.header"));
        for (Webinar w : upcoming.subList(0, Math.min(10, upcoming.size()))) {
            embed.addField(w.title(language), DiscordTime.full(w.start()) + " (" + DiscordTime.relative(w.start()) + ")\n"
                    + w.joinUrl(), false);
        }
        return new MessageEditBuilder().setEmbeds(embed.build())
                .setComponents(ActionRow.of(Button.primary(ComponentId.of(REMIND_ME).encode(),
                        t.t(language, "webinars.remind-me"))))
                .build();
    }

    /**
     * Whoever clicks "Remind me" subscribes themselves (Discord shows each of them their own times), and
     * is reachable by DM again if closed DMs (50007) had marked them otherwise, as with /remind on.
     */
    @Override
    public void handle(ButtonInteractionEvent event, ComponentId componentId, Interactions interactions) {
        String user = event.getUser().getId();
        interactions.defer(event, true, language -> {
            subscriptions.subscribe(Channel.DISCORD, user, ZoneOffset.UTC);
            reachability.recordReachable(Channel.DISCORD, user);
            return MessageEditData.fromContent(interactions.texts().t(language, "remind.discord.on"));
        });
    }
}
