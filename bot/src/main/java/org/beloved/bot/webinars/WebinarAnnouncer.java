package org.beloved.bot.webinars;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.beloved.bot.AnnounceChannels.AnnounceChannel;
import org.beloved.bot.AnnounceChannels;
import org.beloved.bot.BotTexts;
import org.beloved.bot.ComponentId;
import org.beloved.bot.DiscordChannel;
import org.beloved.bot.DiscordTime;
import org.beloved.messaging.Delivery;
import org.beloved.shared.Language;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarChanged.Change;
import org.beloved.webinars.Webinars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells Discord servers about webinars, however they were scheduled (Discord, admin API), on
 * whichever instance: in each server with an announcement channel, a post when one is scheduled,
 * changed or cancelled, and a Discord Scheduled Event kept in step where the bot may create events.
 * A server that missed a new webinar (the bot was offline, the post failed, the channel was set
 * later) is shown it when it next comes online or sets its channel: every upcoming webinar is
 * announced once.
 *
 * <p>Hearing of a change only queues the work, in the change's own transaction: a row per server
 * in {@link AnnouncementQueue} ({@link AnnouncementIntake}, on every instance). The {@link AnnouncementWorker} of the instance connected to Discord
 * then {@linkplain #perform performs} each row, reading the webinar as it is by then.
 */
@Component
class WebinarAnnouncer extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(WebinarAnnouncer.class);

    private final AnnounceChannels channels;
    private final ServerRecords records;
    private final Webinars webinars;
    private final DiscordChannel discord;
    private final BotTexts texts;
    private final AnnouncementQueue queue;
    private final ScheduledEvents events;
    private final Clock clock;

    WebinarAnnouncer(AnnounceChannels channels, ServerRecords records, Webinars webinars, DiscordChannel discord,
            BotTexts texts, AnnouncementQueue queue, ScheduledEvents events, Clock clock) {
        this.channels = channels;
        this.records = records;
        this.webinars = webinars;
        this.discord = discord;
        this.texts = texts;
        this.queue = queue;
        this.events = events;
        this.clock = clock;
    }

    /** A server coming online catches up on what it missed while the bot was away. */
    @Override
    public void onGuildReady(GuildReadyEvent event) {
        catchUp(event.getGuild().getId());
    }

    /** A server that has just set its channel hears of the webinars already scheduled. */
    @EventListener
    void on(AnnounceChannels.ChannelSet set) {
        catchUp(set.guildId());
    }

    /** Queues, for one server with a channel, every upcoming webinar it has not been shown yet. */
    private void catchUp(String guildId) {
        if (channels.of(guildId).isEmpty()) {
            return;
        }
        List<Long> upcoming = webinars.upcoming().stream().map(Webinar::id).toList();
        Set<Long> announced = records.announcedIn(guildId, upcoming);
        queue.enqueueCatchUp(guildId, upcoming.stream().filter(id -> !announced.contains(id)).toList());
    }

    /**
     * One row's work in its server: the Scheduled Event kept in step first (so that the post can
     * link to it), then the post. Each step done is recorded, so that a retry repeats neither.
     *
     * @throws NotYet when it should be tried again later (Discord failed, the server is not available)
     */
    void perform(AnnouncementQueue.Task task, ShardManager manager) {
        Webinar w = webinars.find(task.webinarId()).orElse(null);
        if (w == null || !wanted(task, w)) {
            return;
        }
        Guild guild = manager.getGuildById(task.guildId());
        if (guild == null) {
            throw new NotYet("server " + task.guildId() + " is not available to the bot");
        }
        boolean told = records.announcedGuilds(w.id()).contains(task.guildId());
        if (told && task.kind() == AnnouncementQueue.Kind.CATCH_UP) {
            return;   // shown meanwhile (its own SCHEDULED row went first): nothing was missed
        }
        Change seen = asSeenBy(change(task), told);
        String eventId = records.events(w.id()).get(task.guildId());
        if (!task.eventDone()) {
            eventId = events.inStep(guild, w, seen, eventId, task.attempts() > 1);
            queue.eventDone(task.id());
        }
        Optional<AnnounceChannel> server = channels.of(task.guildId());
        boolean news = seen == Change.SCHEDULED ? !told : told;   // never twice, never of the unknown
        if (server.isPresent() && news && task.post().isEmpty()) {
            post(task, server.get(), w, seen, Optional.ofNullable(eventId));
        }
    }

    /**
     * Whether the row still has anything to do: a catch-up only for an upcoming webinar; a change
     * of a webinar cancelled meanwhile is left to the cancellation's own row, which follows in order.
     */
    private boolean wanted(AnnouncementQueue.Task task, Webinar w) {
        boolean cancelled = w.status() == Webinar.Status.CANCELLED;
        if (task.kind() == AnnouncementQueue.Kind.CATCH_UP) {
            return !cancelled && w.end().isAfter(clock.instant());
        }
        return !cancelled || task.kind() == AnnouncementQueue.Kind.CANCELLED;
    }

    private static Change change(AnnouncementQueue.Task task) {
        return task.kind() == AnnouncementQueue.Kind.CATCH_UP ? Change.SCHEDULED : Change.valueOf(task.kind().name());
    }

    /** What a change means to a server: an edit is news to one never told of the webinar. */
    static Change asSeenBy(Change change, boolean told) {
        return !told && change == Change.EDITED ? Change.SCHEDULED : change;
    }

    /** Work to try again later, with back-off. */
    static final class NotYet extends RuntimeException {
        NotYet(String why) {
            super(why);
        }

        NotYet(String why, Throwable cause) {
            super(why, cause);
        }
    }

    /**
     * A post that failed is tried again, under the task's nonce: one Discord made all the same (a
     * 5xx, an answer lost on the way) comes back instead of a second post, within Discord's few
     * minutes. One whose outcome is unknown (no answer in time) or that Discord refused for good is
     * logged and not repeated.
     */
    private void post(AnnouncementQueue.Task task, AnnounceChannel server, Webinar w, Change change, Optional<String> eventId) {
        Delivery posted = discord.post(server.channelId(), message(server, w, change, eventId), nonce(task));
        switch (posted.status()) {
            case SENT -> {
                if (change == Change.SCHEDULED) {
                    records.recordAnnounced(w.id(), server.guildId(), posted.externalId());
                }
                queue.posted(task.id(), posted.externalId());
            }
            case FAILED, SKIPPED -> throw new NotYet("the post failed: " + posted.detail());
            default -> log.warn("Webinar {}: the post in server {} may or may not have gone ({}); not posted again",
                    w.id(), server.guildId(), posted.detail());
        }
    }

    /** The same for every attempt at a task's post, and never another task's: {@code a} and the task's id. */
    static String nonce(AnnouncementQueue.Task task) {
        return "a" + task.id();
    }

    /**
     * The announcement: the server's role mentioned (and only that role may be pinged: allowed
     * mentions hold it alone, so a title with {@code @everyone} pings nobody), the embed, and, while
     * the webinar is on, a "Remind me" button (the subscription of {@code /remind on}, as on
     * {@code /webinars}) and a link to the server's Scheduled Event when there is one.
     */
    MessageCreateData message(AnnounceChannel server, Webinar w, Change change, Optional<String> eventId) {
        MessageCreateBuilder message = new MessageCreateBuilder().setEmbeds(embed(w, change))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
        server.role().ifPresent(role -> message.setContent("<@&" + role + ">").mentionRoles(role));
        if (change != Change.CANCELLED) {
            Language language = w.language().languages().get(0);
            List<Button> buttons = new ArrayList<>();
            buttons.add(Button.primary(ComponentId.of(WebinarsSlashCommand.REMIND_ME).encode(),
                    texts.t(language, "webinars.remind-me")));
            eventId.ifPresent(id -> buttons.add(Button.link(eventUrl(server.guildId(), id), texts.t(language, "announce.event"))));
            message.setComponents(ActionRow.of(buttons));
        }
        return message.build();
    }

    /** The Scheduled Event's page, as Discord links it. */
    static String eventUrl(String guildId, String eventId) {
        return "https://discord.com/events/" + guildId + "/" + eventId;
    }

    /** In the webinar's own language; both languages, English first, each with its own title, for a bilingual one. */
    MessageEmbed embed(Webinar w, Change change) {
        String key = "announce.webinar." + change.name().toLowerCase(Locale.ROOT);
        String text = w.language().languages().stream().map(language -> texts.t(language, key, w.title(language),
                        DiscordTime.full(w.start()), DiscordTime.relative(w.start()), description(w, language), w.joinUrl()))
                .collect(Collectors.joining("\n\n"));
        return new EmbedBuilder().setColor(DiscordChannel.COLOR).setDescription(text).build();
    }

    private static String description(Webinar w, Language language) {
        String description = w.description(language);
        return description.isBlank() ? "" : "\n" + shorten(description, 800);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
