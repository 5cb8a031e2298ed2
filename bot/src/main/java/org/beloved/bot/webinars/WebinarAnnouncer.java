package org.beloved.bot.webinars;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.managers.ScheduledEventManager;
import net.dv8tion.jda.api.requests.RestAction;
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
import org.beloved.webinars.WebinarChanged;
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
 * in {@link AnnouncementQueue}. The {@link AnnouncementWorker} of the instance connected to Discord
 * then {@linkplain #perform performs} each row, reading the webinar as it is by then.
 */
@Component
class WebinarAnnouncer extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(WebinarAnnouncer.class);
    private static final long TIMEOUT_SECONDS = 30;

    private final AnnounceChannels channels;
    private final ServerRecords records;
    private final Webinars webinars;
    private final DiscordChannel discord;
    private final BotTexts texts;
    private final AnnouncementQueue queue;
    private final Clock clock;

    WebinarAnnouncer(AnnounceChannels channels, ServerRecords records, Webinars webinars, DiscordChannel discord,
            BotTexts texts, AnnouncementQueue queue, Clock clock) {
        this.channels = channels;
        this.records = records;
        this.webinars = webinars;
        this.discord = discord;
        this.texts = texts;
        this.queue = queue;
        this.clock = clock;
    }

    /**
     * In the changing transaction: a row for every server with a channel, and for every server with
     * the webinar's event (even one that has since cleared its channel), so that its event follows.
     */
    @EventListener
    void on(WebinarChanged changed) {
        long id = changed.webinar().id();
        Set<String> servers = new LinkedHashSet<>();
        channels.all().forEach(server -> servers.add(server.guildId()));
        servers.addAll(records.events(id).keySet());
        queue.enqueueChange(id, AnnouncementQueue.Kind.valueOf(changed.change().name()), servers);
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
        Change seen = asSeenBy(change(task), told);
        String eventId = records.events(w.id()).get(task.guildId());
        if (!task.eventDone()) {
            eventId = eventInStep(guild, w, seen, eventId, task.attempts() > 1);
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

    /**
     * On a retry, the event an earlier attempt may have created without recording it (the instance
     * died, or Discord's answer was lost): one of the bot's own events in the server with the
     * webinar's name that no webinar has recorded. Found, it is recorded and kept in step rather
     * than created twice.
     */
    private Optional<String> createdBefore(Guild guild, Webinar w) {
        Set<String> recorded = records.eventIdsIn(guild.getId());
        long self = guild.getJDA().getSelfUser().getIdLong();
        Optional<String> found = await(guild.retrieveScheduledEvents()).stream()
                .filter(e -> e.getCreatorIdLong() == self && e.getName().equals(eventName(w)) && !recorded.contains(e.getId()))
                .filter(e -> e.getStatus() == ScheduledEvent.Status.SCHEDULED || e.getStatus() == ScheduledEvent.Status.ACTIVE)
                .map(ScheduledEvent::getId).findFirst();
        found.ifPresent(id -> {
            log.info("Webinar {}: Scheduled Event {} in server {} was created by an earlier attempt; kept", w.id(), id, guild.getId());
            records.recordEvent(w.id(), guild.getId(), id);
        });
        return found;
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
     * The Scheduled Event kept in step (on a retry, one an earlier attempt created is found first);
     * the event's id, when the server has one. Discord refusing
     * (a missing permission, a time it will not take) is logged and the post still goes; Discord
     * failing or not answering is tried again.
     */
    private String eventInStep(Guild guild, Webinar w, Change change, String eventId, boolean retry) {
        String known = eventId;
        try {
            if (known == null && retry) {
                known = createdBefore(guild, w).orElse(null);
            }
            return keepEventInStep(guild, w, change, known);
        } catch (RuntimeException e) {
            if (!refused(e)) {
                throw new NotYet("the Scheduled Event could not be kept in step: " + e.getMessage(), e);
            }
            log.warn("Webinar {}: Discord refused the Scheduled Event in server {}: {}", w.id(), guild.getId(), e.getMessage());
            return known;
        }
    }

    /** A definite no: a 4xx Discord answered, or one of JDA's own checks (a start more than five years ahead). */
    private static boolean refused(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof ErrorResponseException error) {
            return !error.isServerError() && (error.getResponse() == null || error.getResponse().getException() == null);
        }
        return cause instanceof IllegalArgumentException;
    }

    /**
     * A post that failed is tried again; one whose outcome is unknown (it may have gone) or that
     * Discord refused for good is logged and not repeated.
     */
    private void post(AnnouncementQueue.Task task, AnnounceChannel server, Webinar w, Change change, Optional<String> eventId) {
        Delivery posted = discord.post(server.channelId(), message(server, w, change, eventId));
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

    /**
     * Creating needs Create Events; the bot's own events can then be edited and cancelled with it
     * (or with Manage Events). Once the webinar has started, its event keeps its times: Discord
     * refuses a start in the past.
     */
    private String keepEventInStep(Guild guild, Webinar w, Change change, String eventId) {
        boolean mayCreate = guild.getSelfMember().hasPermission(Permission.CREATE_SCHEDULED_EVENTS);
        boolean mayEdit = mayCreate || guild.getSelfMember().hasPermission(Permission.MANAGE_EVENTS);
        boolean ahead = w.start().isAfter(clock.instant());
        if (eventId == null) {
            if (change != Change.CANCELLED && mayCreate && ahead) {
                ScheduledEvent created = await(guild.createScheduledEvent(eventName(w), eventLocation(w), at(w.start()),
                        at(w.end())).setDescription(eventDescription(w)));
                records.recordEvent(w.id(), guild.getId(), created.getId());
                return created.getId();
            }
        } else if (mayEdit && change == Change.CANCELLED) {
            await(guild.retrieveScheduledEventById(eventId).flatMap(e -> e.getManager().setStatus(ScheduledEvent.Status.CANCELED)));
        } else if (mayEdit) {
            await(guild.retrieveScheduledEventById(eventId).flatMap(e -> {
                ScheduledEventManager manager = e.getManager().setName(eventName(w)).setDescription(eventDescription(w))
                        .setLocation(eventLocation(w));
                return ahead && e.getStatus() == ScheduledEvent.Status.SCHEDULED
                        ? manager.setStartTime(at(w.start())).setEndTime(at(w.end())) : manager;
            }));
        }
        return eventId;
    }

    /** One request, waited for on the worker's thread so that the next step sees its result. */
    private static <T> T await(RestAction<T> action) {
        try {
            return action.submit().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Discord refused: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Discord did not answer in " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
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

    /** In the webinar's own language; both languages, English first, for a bilingual one. */
    MessageEmbed embed(Webinar w, Change change) {
        String key = "announce.webinar." + change.name().toLowerCase(Locale.ROOT);
        String description = w.description().isBlank() ? "" : "\n" + shorten(w.description(), 800);
        String text = w.language().languages().stream().map(language -> texts.t(language, key, w.title(), DiscordTime.full(w.start()),
                        DiscordTime.relative(w.start()), description, w.joinUrl()))
                .collect(Collectors.joining("\n\n"));
        return new EmbedBuilder().setColor(DiscordChannel.COLOR).setDescription(text).build();
    }

    static String eventName(Webinar w) {
        return shorten(w.title(), ScheduledEvent.MAX_NAME_LENGTH);
    }

    /** The join link is the location when it fits Discord's 100 characters; else it leads the description. */
    static String eventLocation(Webinar w) {
        return w.joinUrl().length() <= ScheduledEvent.MAX_LOCATION_LENGTH ? w.joinUrl() : "Online";
    }

    static String eventDescription(Webinar w) {
        String link = w.joinUrl().length() <= ScheduledEvent.MAX_LOCATION_LENGTH ? "" : w.joinUrl() + "\n";
        return shorten(link + w.description(), ScheduledEvent.MAX_DESCRIPTION_LENGTH);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
