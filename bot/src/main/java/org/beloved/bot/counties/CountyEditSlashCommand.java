package org.beloved.bot.counties;

import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.BotTexts;
import org.beloved.bot.Interactions;
import org.beloved.bot.OrganizerSlashCommand;
import org.beloved.bot.Organizers;
import org.beloved.counties.Agreement287g;
import org.beloved.counties.CampaignStatus;
import org.beloved.counties.Counties;
import org.beloved.counties.County;
import org.beloved.counties.CountyCards;
import org.beloved.counties.CountyEdit;
import org.beloved.counties.CountyEditResult;
import org.beloved.counties.DetainerPolicy;
import org.beloved.counties.Meeting;
import org.beloved.counties.MeetingEdit;
import org.beloved.shared.Language;
import org.springframework.stereotype.Component;

/**
 * /county-edit fips [detainer_policy] [agreement_287g] [campaign_status] [policy_note] [source_url]
 * [reviewed_on] [meeting_body] [meeting_start] [meeting_time_zone] [meeting_url] [clear_meeting]
 * (organizers, in the organizing servers): changes only the fields given and keeps the rest as
 * recorded; {@code -} empties a text field. The whole record then goes through {@link Counties#edit},
 * which validates it as the HTTP API does and audits who changed it. The answer is private: the
 * saved card, or each problem and nothing saved.
 */
@Component
class CountyEditSlashCommand implements OrganizerSlashCommand {

    static final String FIPS = "fips";
    static final String POLICY = "detainer_policy";
    static final String AGREEMENT = "agreement_287g";
    static final String CAMPAIGN = "campaign_status";
    static final String NOTE = "policy_note";
    static final String SOURCE = "source_url";
    static final String REVIEWED = "reviewed_on";
    static final String MEETING_BODY = "meeting_body";
    static final String MEETING_START = "meeting_start";
    static final String MEETING_ZONE = "meeting_time_zone";
    static final String MEETING_URL = "meeting_url";
    static final String CLEAR_MEETING = "clear_meeting";
    /** Typed in a text field, empties it. */
    static final String EMPTY = "-";
    private static final DateTimeFormatter LOCAL_START = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Counties counties;
    private final CountyCards cards;
    private final Organizers organizers;

    CountyEditSlashCommand(Counties counties, CountyCards cards, Organizers organizers) {
        this.counties = counties;
        this.cards = cards;
        this.organizers = organizers;
    }

    @Override
    public String name() {
        return "county-edit";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.county-edit");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "county-edit.description").addOptions(
                texts.option(OptionType.STRING, FIPS, "county-edit.fips.option", true).setRequiredLength(5, 5),
                choices(texts, POLICY, "county-edit.policy", Stream.of(DetainerPolicy.values()).map(DetainerPolicy::code)),
                choices(texts, AGREEMENT, "county-edit.agreement", Stream.of(Agreement287g.values()).map(Agreement287g::code)),
                choices(texts, CAMPAIGN, "county-edit.campaign", Stream.of(CampaignStatus.values()).map(CampaignStatus::code)),
                texts.option(OptionType.STRING, NOTE, "county-edit.note.option", false).setMaxLength(500),
                texts.option(OptionType.STRING, SOURCE, "county-edit.source.option", false).setMaxLength(500),
                texts.option(OptionType.STRING, REVIEWED, "county-edit.reviewed.option", false).setMaxLength(10),
                texts.option(OptionType.STRING, MEETING_BODY, "county-edit.meeting-body.option", false).setMaxLength(200),
                texts.option(OptionType.STRING, MEETING_START, "county-edit.meeting-start.option", false).setMaxLength(16),
                texts.option(OptionType.STRING, MEETING_ZONE, "county-edit.meeting-zone.option", false).setMaxLength(64),
                texts.option(OptionType.STRING, MEETING_URL, "county-edit.meeting-url.option", false).setMaxLength(500),
                texts.option(OptionType.BOOLEAN, CLEAR_MEETING, "county-edit.clear-meeting.option", false));
    }

    /** An option offering the codes, each named in English and Spanish ({@code key.<code>}). */
    private static OptionData choices(BotTexts texts, String name, String key, Stream<String> codes) {
        return texts.option(OptionType.STRING, name, key + ".option", false).addChoices(codes.map(code -> {
            Choice choice = new Choice(texts.t(Language.EN, key + "." + code), code);
            choice.setNameLocalization(DiscordLocale.SPANISH, texts.t(Language.ES, key + "." + code));
            choice.setNameLocalization(DiscordLocale.SPANISH_LATAM, texts.t(Language.ES, key + "." + code));
            return choice;
        }).toList());
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        String fips = option(event, FIPS).orElse("");
        if (!fips.matches("\\d{5}")) {
            interactions.refuse(event, "discord.county-edit.bad-fips");
            return;
        }
        boolean clear = Optional.ofNullable(event.getOption(CLEAR_MEETING)).map(OptionMapping::getAsBoolean).orElse(false);
        boolean meetingGiven = Stream.of(MEETING_BODY, MEETING_START, MEETING_ZONE, MEETING_URL)
                .anyMatch(name -> option(event, name).isPresent());
        if (clear && meetingGiven) {
            interactions.refuse(event, "discord.county-edit.clear-and-set");
            return;
        }
        interactions.defer(event, true, language -> {
            Optional<County> current = counties.find(fips);
            if (current.isEmpty()) {
                return text(interactions, language, "discord.county-edit.not-found", fips);
            }
            CountyEdit edit = edit(event, current.get(), clear);
            CountyEditResult result = counties.edit(fips, edit, organizers.actor(event));
            if (result instanceof CountyEditResult.Saved saved) {
                return MessageEditData.fromContent(interactions.texts().t(language, "discord.county-edit.saved")
                        + "\n\n" + cards.card(saved.county(), language));
            }
            if (result instanceof CountyEditResult.Invalid invalid) {
                return text(interactions, language, "discord.county-edit.invalid",
                        invalid.problems().stream().map(p -> "- " + p).collect(Collectors.joining("\n")));
            }
            return text(interactions, language, "discord.county-edit.not-found", fips);
        });
    }

    /** The county as recorded, with the options given in place of its fields. */
    private static CountyEdit edit(SlashCommandInteractionEvent event, County county, boolean clearMeeting) {
        MeetingEdit meeting = null;
        Optional<Meeting> was = county.nextMeeting();
        if (!clearMeeting) {
            MeetingEdit before = was.map(m -> new MeetingEdit(m.body(), m.start().format(LOCAL_START), m.timeZone().getId(), m.url()))
                    .orElse(new MeetingEdit(null, null, null, null));
            meeting = new MeetingEdit(text(event, MEETING_BODY, before.body()), text(event, MEETING_START, before.start()),
                    text(event, MEETING_ZONE, before.timeZone()), text(event, MEETING_URL, before.url()));
            if (Stream.of(meeting.body(), meeting.start(), meeting.timeZone(), meeting.url()).allMatch(Objects::isNull)) {
                meeting = null;
            }
        }
        return new CountyEdit(
                option(event, POLICY).orElse(county.detainerPolicy().code()),
                option(event, AGREEMENT).orElse(county.agreement287g().code()),
                text(event, NOTE, county.policyNote()),
                text(event, SOURCE, county.sourceUrl()),
                text(event, REVIEWED, county.reviewedOn() == null ? null : county.reviewedOn().toString()),
                option(event, CAMPAIGN).orElse(county.campaignStatus().code()),
                meeting);
    }

    /** A text option: as typed, null when {@link #EMPTY}, else what was recorded. */
    private static String text(SlashCommandInteractionEvent event, String name, String recorded) {
        Optional<String> typed = option(event, name);
        if (typed.isEmpty()) {
            return recorded;
        }
        return EMPTY.equals(typed.get()) ? null : typed.get();
    }

    private static Optional<String> option(SlashCommandInteractionEvent event, String name) {
        return Optional.ofNullable(event.getOption(name)).map(OptionMapping::getAsString).map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    private static MessageEditData text(Interactions interactions, Language language, String key, Object arg) {
        return MessageEditData.fromContent(interactions.texts().t(language, key, arg));
    }
}
