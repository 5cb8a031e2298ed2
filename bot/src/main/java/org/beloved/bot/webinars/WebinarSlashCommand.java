package org.beloved.bot.webinars;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.Autocompleting;
import org.beloved.bot.BotTexts;
import org.beloved.bot.ComponentId;
import org.beloved.bot.DiscordTime;
import org.beloved.bot.Interactions;
import org.beloved.bot.OrganizerSlashCommand;
import org.beloved.shared.Language;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.Webinars;
import org.springframework.stereotype.Component;

/**
 * /webinar add | edit | cancel (organizers). Add and edit open a form (the time zone and language
 * are options, so the form keeps to Discord's five fields); cancel asks for a confirmation first,
 * because it notifies every subscriber who was already reminded.
 */
@Component
class WebinarSlashCommand implements OrganizerSlashCommand, Autocompleting {

    static final String ADD = "add";
    static final String EDIT = "edit";
    static final String CANCEL = "cancel";
    static final String WEBINAR = "webinar";
    static final String TIME_ZONE = "time-zone";
    static final String LANGUAGE = "language";

    private final Webinars webinars;
    private final UpcomingWebinars upcoming;
    private final Clock clock;

    WebinarSlashCommand(Webinars webinars, UpcomingWebinars upcoming, Clock clock) {
        this.webinars = webinars;
        this.upcoming = upcoming;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "webinar";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.webinar-admin");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "webinar.command").addSubcommands(
                texts.subcommand(ADD, "webinar.add.description").addOptions(
                        texts.option(OptionType.STRING, TIME_ZONE, "webinar.zone.option", true).setAutoComplete(true),
                        language(texts, true)),
                texts.subcommand(EDIT, "webinar.edit.description").addOptions(
                        texts.option(OptionType.STRING, WEBINAR, "webinar.which.option", true).setAutoComplete(true),
                        texts.option(OptionType.STRING, TIME_ZONE, "webinar.zone.option", false).setAutoComplete(true),
                        language(texts, false)),
                texts.subcommand(CANCEL, "webinar.cancel.description").addOptions(
                        texts.option(OptionType.STRING, WEBINAR, "webinar.which.option", true).setAutoComplete(true)));
    }

    private static OptionData language(BotTexts texts, boolean required) {
        return texts.option(OptionType.STRING, LANGUAGE, "webinar.language.option", required)
                .addChoice("English", "en").addChoice("Español", "es").addChoice("English + Español", "both");
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        String sub = String.valueOf(event.getSubcommandName());
        Optional<String> zone = option(event, TIME_ZONE);
        if (zone.isPresent() && WebinarZones.parse(zone.get()).isEmpty()) {
            interactions.refuse(event, "webinar.bad-zone");
            return;
        }
        Language client = BotTexts.clientLanguage(event);
        switch (sub) {
            case ADD -> event.replyModal(WebinarModal.forNew(interactions.texts(), client,
                    WebinarZones.parse(zone.orElseThrow()).orElseThrow(), option(event, LANGUAGE).orElse("en"))).queue();
            case EDIT -> webinarId(event).ifPresentOrElse(
                    id -> event.replyModal(WebinarModal.forEdit(interactions.texts(), client, id,
                            zone.flatMap(WebinarZones::parse), option(event, LANGUAGE))).queue(),
                    () -> interactions.refuse(event, "webinar.not-found"));
            case CANCEL -> webinarId(event).ifPresentOrElse(
                    id -> interactions.defer(event, true, language -> webinars.find(id)
                            .filter(w -> w.status() == Webinar.Status.SCHEDULED)
                            .map(w -> confirmation(interactions.texts(), language, w, event.getUser().getId(), clock.instant()))
                            .orElseGet(() -> MessageEditData.fromContent(interactions.texts().t(language, "webinar.not-found")))),
                    () -> interactions.refuse(event, "webinar.not-found"));
            default -> interactions.refuse(event, "error.unknown");
        }
    }

    /** The chosen webinar's id (autocomplete puts ids in the option's value). */
    private static Optional<Long> webinarId(SlashCommandInteractionEvent event) {
        return option(event, WEBINAR).flatMap(WebinarSlashCommand::id);
    }

    /** The buttons expire ({@link CancelWebinarButtons#lifetime()}), so they carry {@code now}. */
    static MessageEditData confirmation(BotTexts t, Language language, Webinar w, String user, Instant now) {
        String yes = ComponentId.of(CancelWebinarButtons.ID, Long.toString(w.id()), CancelWebinarButtons.YES)
                .ownedBy(user).issuedAt(now).encode();
        String no = ComponentId.of(CancelWebinarButtons.ID, Long.toString(w.id()), CancelWebinarButtons.NO)
                .ownedBy(user).issuedAt(now).encode();
        return new MessageEditBuilder().setContent(t.t(language, "webinar.cancel.confirm", w.title(), DiscordTime.full(w.start())))
                .setComponents(ActionRow.of(Button.danger(yes, t.t(language, "webinar.cancel.yes")),
                        Button.secondary(no, t.t(language, "webinar.cancel.no"))))
                .build();
    }

    /**
     * Webinar choices and time zones both come from memory ({@link UpcomingWebinars}): autocomplete
     * cannot be deferred, and must answer within Discord's 3 s whatever the executor is busy with.
     */
    @Override
    public void autocomplete(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue();
        if (TIME_ZONE.equals(event.getFocusedOption().getName())) {
            event.replyChoices(WebinarZones.suggest(typed)).queue();
            return;
        }
        event.replyChoices(webinarChoices(typed)).queue();
    }

    private List<Choice> webinarChoices(String typed) {
        return upcoming.now().stream()
                .filter(w -> w.title().toLowerCase().contains(typed.toLowerCase().strip()))
                .limit(25)
                .map(w -> new Choice(choiceName(w), Long.toString(w.id())))
                .toList();
    }

    /** "Title - 2026-12-08 19:00 America/Chicago", within Discord's 100 characters. */
    static String choiceName(Webinar w) {
        String when = " - " + WebinarModal.localStart(w.start(), w.timeZone()) + " " + w.timeZone().getId();
        int room = 100 - when.length();
        String title = w.title().length() > room ? w.title().substring(0, room - 1) + "…" : w.title();
        return title + when;
    }

    private static Optional<String> option(SlashCommandInteractionEvent event, String name) {
        return Optional.ofNullable(event.getOption(name)).map(OptionMapping::getAsString).map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    private static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
