package org.beloved.bot.webinars;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.ScheduledEvent;
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
 * the Discord executor; a server that fails is logged and does not stop the others.
 */
@Component
class WebinarAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(WebinarAnnouncer.class);

    private final ObjectProvider<ShardManager> shards;
    private final AnnounceChannels channels;
    private final ScheduledEvents events;
    private final DiscordChannel discord;
    private final BotTexts texts;
    private final TaskExecutor executor;
    private final Clock clock;

    WebinarAnnouncer(ObjectProvider<ShardManager> shards, AnnounceChannels channels, ScheduledEvents events,
            DiscordChannel discord, BotTexts texts, @Qualifier("discordExecutor") TaskExecutor executor, Clock clock) {
        this.shards = shards;
        this.channels = channels;
        this.events = events;
        this.discord = discord;
        this.texts = texts;
        this.executor = executor;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WebinarChanged changed) {
        ShardManager manager = shards.getIfAvailable();
        if (manager != null) {
            executor.execute(() -> announce(manager, changed));
        }
    }

    private void announce(ShardManager manager, WebinarChanged changed) {
        Webinar w = changed.webinar();
        Map<String, String> existing = events.of(w.id());
        MessageEmbed embed = embed(w, changed.change());
        for (AnnounceChannel server : channels.all()) {
            try {
                Delivery posted = discord.post(server.channelId(), embed);
                if (posted.status() != Delivery.Status.SENT) {
                    log.warn("Webinar {} not announced in server {}: {}", w.id(), server.guildId(), posted.detail());
                }
                Guild guild = manager.getGuildById(server.guildId());
                if (guild != null && mayManageEvents(guild.getSelfMember())) {
                    keepEventInStep(guild, w, changed.change(), existing.get(server.guildId()));
                }
            } catch (RuntimeException e) {
                log.warn("Webinar {}: announcing in server {} failed", w.id(), server.guildId(), e);
            }
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
                    .queue(created -> events.record(w.id(), guild.getId(), created.getId()),
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
