package org.beloved.bot.webinars;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.beloved.bot.AnnounceChannels;
import org.beloved.bot.AnnounceChannels.AnnounceChannel;
import org.beloved.bot.BotTexts;
import org.beloved.bot.DiscordChannel;
import org.beloved.bot.DiscordTime;
import org.beloved.conversation.Language;
import org.beloved.messaging.Delivery;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarChanged;
import org.beloved.webinars.Webinars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells Discord servers about webinars, however they were scheduled (Discord, admin API): in each
 * server with an announcement channel, a post when one is scheduled, changed or cancelled, and a
 * Discord Scheduled Event kept in step where the bot may create events. Runs after the commit, on
 * the Discord executor; a server that fails is logged and does not stop the others. A server that
 * missed a new webinar (the bot was offline, the post failed, the channel was set later) is shown
 * it when it next comes online or sets its channel: every upcoming webinar is announced once.
 */
@Component
class WebinarAnnouncer extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(WebinarAnnouncer.class);

    private final ObjectProvider<ShardManager> shards;
    private final AnnounceChannels channels;
    private final ServerRecords records;
    private final Webinars webinars;
    private final DiscordChannel discord;
    private final BotTexts texts;
    private final TaskExecutor executor;
    private final Clock clock;

    WebinarAnnouncer(ObjectProvider<ShardManager> shards, AnnounceChannels channels, ServerRecords records,
            Webinars webinars, DiscordChannel discord, BotTexts texts, @Qualifier("discordExecutor") TaskExecutor executor,
            Clock clock) {
        this.shards = shards;
        this.channels = channels;
        this.records = records;
        this.webinars = webinars;
        this.discord = discord;
        this.texts = texts;
        this.executor = executor;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WebinarChanged changed) {
        ShardManager manager = shards.getIfAvailable();
        if (manager != null) {
            executor.execute(() -> {
                Webinar w = changed.webinar();
                Map<String, String> events = records.events(w.id());
                for (AnnounceChannel server : channels.all()) {
                    boolean told = records.announcedIn(server.guildId(), List.of(w.id())).contains(w.id());
                    announceIn(manager, server, w, asSeenBy(changed.change(), told), events.get(server.guildId()));
                }
            });
        }
    }

    /**
     * What a change means to a server: an edit is news to one never told of the webinar. (A
     * cancellation of a webinar a server never heard of gets no post; its event, if any, is cancelled.)
     */
    static WebinarChanged.Change asSeenBy(WebinarChanged.Change change, boolean told) {
        return !told && change == WebinarChanged.Change.EDITED ? WebinarChanged.Change.SCHEDULED : change;
    }

    /** A server coming online catches up on what it missed while the bot was away. */
    @Override
    public void onGuildReady(GuildReadyEvent event) {
        String guildId = event.getGuild().getId();
        executor.execute(() -> catchUp(guildId));
    }

    /** A server that has just set its channel hears of the webinars already scheduled. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AnnounceChannels.ChannelSet set) {
        executor.execute(() -> catchUp(set.guildId()));
    }

    /** Announces, in one server, every upcoming webinar it has not been shown yet. */
    void catchUp(String guildId) {
        ShardManager manager = shards.getIfAvailable();
        Optional<AnnounceChannel> server = channels.of(guildId);
        if (manager == null || server.isEmpty()) {
            return;
        }
        List<Webinar> upcoming = webinars.upcoming();
        Set<Long> announced = records.announcedIn(guildId, upcoming.stream().map(Webinar::id).toList());
        for (Webinar w : upcoming) {
            if (!announced.contains(w.id())) {
                announceIn(manager, server.get(), w, WebinarChanged.Change.SCHEDULED, records.events(w.id()).get(guildId));
            }
        }
    }

    /** One server: the post, then the Scheduled Event. A failure is logged and leaves the other servers alone. */
    private void announceIn(ShardManager manager, AnnounceChannel server, Webinar w, WebinarChanged.Change change,
            String eventId) {
        try {
            boolean silentCancel = change == WebinarChanged.Change.CANCELLED
                    && !records.announcedIn(server.guildId(), List.of(w.id())).contains(w.id());
            Delivery posted = silentCancel ? Delivery.skipped("never announced here")
                    : discord.post(server.channelId(), embed(w, change));
            if (posted.status() == Delivery.Status.SENT && change == WebinarChanged.Change.SCHEDULED) {
                records.recordAnnounced(w.id(), server.guildId(), posted.externalId());
            } else if (posted.status() != Delivery.Status.SENT && !silentCancel) {
                log.warn("Webinar {} not announced in server {}: {}", w.id(), server.guildId(), posted.detail());
            }
            Guild guild = manager.getGuildById(server.guildId());
            if (guild != null && mayManageEvents(guild.getSelfMember())) {
                keepEventInStep(guild, w, change, eventId);
            }
        } catch (RuntimeException e) {
            log.warn("Webinar {}: announcing in server {} failed", w.id(), server.guildId(), e);
        }
    }

    /** Create Events is enough for the bot's own events; Manage Events also covers them. */
    static boolean mayManageEvents(Member self) {
        return self.hasPermission(Permission.CREATE_SCHEDULED_EVENTS) || self.hasPermission(Permission.MANAGE_EVENTS);
    }

    private void keepEventInStep(Guild guild, Webinar w, WebinarChanged.Change change, String eventId) {
        if (change == WebinarChanged.Change.CANCELLED) {
            if (eventId != null) {
                guild.retrieveScheduledEventById(eventId)
                        .flatMap(e -> e.getManager().setStatus(ScheduledEvent.Status.CANCELED))
                        .queue(done -> log.info("Cancelled Discord event for webinar {} in server {}", w.id(), guild.getId()),
                                failure -> log.warn("Could not cancel the Discord event of webinar {}: {}", w.id(), failure.getMessage()));
            }
        } else if (eventId != null) {
            guild.retrieveScheduledEventById(eventId)
                    .flatMap(e -> e.getManager().setName(eventName(w)).setDescription(eventDescription(w))
                            .setLocation(eventLocation(w)).setStartTime(at(w.start())).setEndTime(at(w.end())))
                    .queue(done -> log.info("Updated Discord event for webinar {} in server {}", w.id(), guild.getId()),
                            failure -> log.warn("Could not update the Discord event of webinar {}: {}", w.id(), failure.getMessage()));
        } else if (w.start().isAfter(clock.instant())) {
            guild.createScheduledEvent(eventName(w), eventLocation(w), at(w.start()), at(w.end()))
                    .setDescription(eventDescription(w))
                    .queue(created -> records.recordEvent(w.id(), guild.getId(), created.getId()),
                            failure -> log.warn("Could not create a Discord event for webinar {} in server {}: {}", w.id(),
                                    guild.getId(), failure.getMessage()));
        }
    }

    /** In the webinar's own language; both languages, English first, for a bilingual one. */
    MessageEmbed embed(Webinar w, WebinarChanged.Change change) {
        String key = "announce.webinar." + change.name().toLowerCase();
        String description = w.description().isBlank() ? "" : "\n" + shorten(w.description(), 800);
        String text = languages(w).map(language -> texts.t(language, key, w.title(), DiscordTime.full(w.start()),
                        DiscordTime.relative(w.start()), description, w.joinUrl()))
                .collect(Collectors.joining("\n\n"));
        return new EmbedBuilder().setColor(DiscordChannel.COLOR).setDescription(text).build();
    }

    private static Stream<Language> languages(Webinar w) {
        return switch (w.language()) {
            case "es" -> Stream.of(Language.ES);
            case "both" -> Stream.of(Language.EN, Language.ES);
            default -> Stream.of(Language.EN);
        };
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

    private static OffsetDateTime at(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
