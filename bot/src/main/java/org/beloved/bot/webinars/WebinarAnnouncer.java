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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.beloved.bot.DiscordGateway;
import org.beloved.bot.DiscordTime;
import org.beloved.messaging.Delivery;
import org.beloved.shared.Language;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarChanged.Change;
import org.beloved.webinars.WebinarChanged;
import org.beloved.webinars.Webinars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells Discord servers about webinars, however they were scheduled (Discord, admin API): in each
 * server with an announcement channel, a post when one is scheduled, changed or cancelled, and a
 * Discord Scheduled Event kept in step where the bot may create events. A server that missed a
 * new webinar (the bot was offline, the post failed, the channel was set later) is shown it when
 * it next comes online or sets its channel: every upcoming webinar is announced once.
 *
 * <p>All of it runs after the commit on one announcer thread, in order, so an edit or a
 * cancellation never overtakes the announcement it follows; each task reads the webinar as it is
 * then. A server that fails is logged and does not stop the others.
 */
@Component
class WebinarAnnouncer extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(WebinarAnnouncer.class);
    private static final long TIMEOUT_SECONDS = 30;

    private final DiscordGateway gateway;
    private final AnnounceChannels channels;
    private final ServerRecords records;
    private final Webinars webinars;
    private final DiscordChannel discord;
    private final BotTexts texts;
    private final TaskExecutor executor;
    private final Clock clock;

    WebinarAnnouncer(DiscordGateway gateway, AnnounceChannels channels, ServerRecords records,
            Webinars webinars, DiscordChannel discord, BotTexts texts, @Qualifier("discordAnnouncer") TaskExecutor executor,
            Clock clock) {
        this.gateway = gateway;
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
        whenConnected(manager -> webinars.find(changed.webinar().id()).ifPresent(w -> changed(manager, w, changed.change())));
    }

    /** A server coming online catches up on what it missed while the bot was away. */
    @Override
    public void onGuildReady(GuildReadyEvent event) {
        String guildId = event.getGuild().getId();
        whenConnected(manager -> catchUp(manager, guildId));
    }

    /** A server that has just set its channel hears of the webinars already scheduled. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AnnounceChannels.ChannelSet set) {
        whenConnected(manager -> catchUp(manager, set.guildId()));
    }

    private void whenConnected(Consumer<ShardManager> work) {
        ShardManager manager = gateway.shards().orElse(null);
        if (manager != null) {
            executor.execute(() -> work.accept(manager));
        }
    }

    /**
     * Every server with a channel gets the post; every server with the webinar's event (even one
     * that has since cleared its channel) gets the event kept in step. An event whose webinar was
     * cancelled meanwhile is left to the cancellation's own task, which follows in order.
     */
    private void changed(ShardManager manager, Webinar w, Change change) {
        if (w.status() == Webinar.Status.CANCELLED && change != Change.CANCELLED) {
            return;
        }
        Map<String, String> events = records.events(w.id());
        Set<String> told = records.announcedGuilds(w.id());
        Map<String, AnnounceChannel> servers = channels.all().stream()
                .collect(Collectors.toMap(AnnounceChannel::guildId, Function.identity()));
        Set<String> guilds = new LinkedHashSet<>(servers.keySet());
        guilds.addAll(events.keySet());
        for (String guildId : guilds) {
            inServer(guildId, w, () -> {
                boolean toldHere = told.contains(guildId);
                Change seen = asSeenBy(change, toldHere);
                AnnounceChannel server = servers.get(guildId);
                boolean news = seen == Change.SCHEDULED ? !toldHere : toldHere;   // never twice, never of the unknown
                Optional<String> event = eventInStep(manager.getGuildById(guildId), w, seen, events.get(guildId));
                if (server != null && news) {
                    post(server, w, seen, event);
                }
            });
        }
    }

    /** Announces, in one server, every upcoming webinar it has not been shown yet. */
    private void catchUp(ShardManager manager, String guildId) {
        Optional<AnnounceChannel> server = channels.of(guildId);
        if (server.isEmpty()) {
            return;
        }
        List<Webinar> upcoming = webinars.upcoming();
        Set<Long> announced = records.announcedIn(guildId, upcoming.stream().map(Webinar::id).toList());
        for (Webinar w : upcoming) {
            if (!announced.contains(w.id())) {
                inServer(guildId, w, () -> {
                    Optional<String> event = eventInStep(manager.getGuildById(guildId), w, Change.SCHEDULED,
                            records.events(w.id()).get(guildId));
                    post(server.get(), w, Change.SCHEDULED, event);
                });
            }
        }
    }

    /** What a change means to a server: an edit is news to one never told of the webinar. */
    static Change asSeenBy(Change change, boolean told) {
        return !told && change == Change.EDITED ? Change.SCHEDULED : change;
    }

    private static void inServer(String guildId, Webinar w, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Webinar {}: announcing in server {} failed", w.id(), guildId, e);
        }
    }

    /**
     * The Scheduled Event kept in step before the post, so that the post can link to it; a failure
     * with the event is logged and the post still goes. The event's id, when the server has one.
     */
    private Optional<String> eventInStep(Guild guild, Webinar w, Change change, String eventId) {
        try {
            return Optional.ofNullable(keepEventInStep(guild, w, change, eventId));
        } catch (RuntimeException e) {
            log.warn("Webinar {}: the Scheduled Event in server {} could not be kept in step", w.id(),
                    guild == null ? "?" : guild.getId(), e);
            return Optional.ofNullable(eventId);
        }
    }

    private void post(AnnounceChannel server, Webinar w, Change change, Optional<String> eventId) {
        Delivery posted = discord.post(server.channelId(), message(server, w, change, eventId));
        if (posted.status() != Delivery.Status.SENT) {
            log.warn("Webinar {} not announced in server {}: {}", w.id(), server.guildId(), posted.detail());
        } else if (change == Change.SCHEDULED) {
            records.recordAnnounced(w.id(), server.guildId(), posted.externalId());
        }
    }

    /**
     * Creating needs Create Events; the bot's own events can then be edited and cancelled with it
     * (or with Manage Events). Once the webinar has started, its event keeps its times: Discord
     * refuses a start in the past.
     */
    private String keepEventInStep(Guild guild, Webinar w, Change change, String eventId) {
        if (guild == null) {
            return eventId;
        }
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

    /** One request, waited for on the announcer thread so that the next task sees its result. */
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
