package org.beloved.bot.stats;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.BotTexts;
import org.beloved.bot.DiscordTime;
import org.beloved.bot.Interactions;
import org.beloved.bot.OrganizerSlashCommand;
import org.beloved.directory.Congregation;
import org.beloved.directory.Directory;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.webinars.Subscriptions;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.Webinars;
import org.springframework.stereotype.Component;

/**
 * /stats (organizers, organizing servers): subscribers by channel, listings by status, and the next
 * upcoming webinars with how many subscribers their reminders reach (every subscriber gets every
 * webinar's reminders) and how many marked their Discord Scheduled Events "Interested", where known.
 * Counts only: no one's address is shown. Ephemeral.
 */
@Component
class StatsSlashCommand implements OrganizerSlashCommand {

    /** At most this many webinars, so the answer stays short and the event look-ups few. */
    static final int WEBINARS = 10;
    private static final int TITLE = 80;

    private final Subscriptions subscriptions;
    private final Directory directory;
    private final Webinars webinars;
    private final WebinarInterest interest;

    StatsSlashCommand(Subscriptions subscriptions, Directory directory, Webinars webinars, WebinarInterest interest) {
        this.subscriptions = subscriptions;
        this.directory = directory;
        this.webinars = webinars;
        this.interest = interest;
    }

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.stats");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "stats.description");
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        interactions.defer(event, true, language -> MessageEditData.fromContent(text(interactions.texts(), language)));
    }

    private String text(BotTexts t, Language language) {
        Map<Channel, Long> byChannel = subscriptions.countByChannel();
        long everyone = byChannel.values().stream().mapToLong(Long::longValue).sum();
        String channels = byChannel.entrySet().stream()
                .map(e -> t.t(language, "stats.channel." + e.getKey().name().toLowerCase()) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
        String statuses = directory.countByStatus().entrySet().stream()
                .map(e -> t.t(language, statusKey(e.getKey())) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
        List<Webinar> upcoming = webinars.upcoming().stream().limit(WEBINARS).toList();
        StringBuilder text = new StringBuilder()
                .append(t.t(language, "stats.subscribers", channels)).append('\n')
                .append(t.t(language, "stats.listings", statuses)).append('\n')
                .append(t.t(language, upcoming.isEmpty() ? "stats.no-webinars" : "stats.webinars"));
        Map<Long, Long> interested = interest.interested(upcoming.stream().map(Webinar::id).toList());
        for (Webinar w : upcoming) {
            Long count = interested.get(w.id());
            text.append('\n').append(t.t(language, "stats.webinar", shorten(w.title()), DiscordTime.full(w.start()), everyone,
                    count != null ? Long.toString(count) : t.t(language, "stats.unknown")));
        }
        return text.toString();
    }

    private static String shorten(String title) {
        return title.length() <= TITLE ? title : title.substring(0, TITLE - 1) + "…";
    }

    /** The directory's own words for a status (MY LISTING uses them too). */
    static String statusKey(Congregation.Status status) {
        return "listing.status." + status.name().toLowerCase();
    }
}
