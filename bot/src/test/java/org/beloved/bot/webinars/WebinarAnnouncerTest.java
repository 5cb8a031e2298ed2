package org.beloved.bot.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.SelfMember;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.managers.ScheduledEventManager;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.ScheduledEventAction;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.beloved.bot.AnnounceChannels;
import org.beloved.bot.BotTestApplication;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Scheduling, editing and cancelling a webinar (the core use cases, as the admin API and /webinar
 * call them) posts in each server's announcement channel and keeps a Discord Scheduled Event in step
 * where the bot may create events. JDA is a mock; the database is real.
 */
@CleanDatabase
@SpringBootTest(classes = BotTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class WebinarAnnouncerTest {

    private static final String WITH_EVENTS = "900000000000000101";
    private static final String WITHOUT_EVENTS = "900000000000000102";

    @MockitoBean
    ShardManager shards;

    @Autowired
    Webinars webinars;

    @Autowired
    List<ListenerAdapter> listeners;

    @Autowired
    ApplicationEventPublisher publisher;

    private final ScheduledEventManager eventManager = mock(ScheduledEventManager.class, RETURNS_SELF);
    private Guild permitted;
    private Guild refused;
    private GuildMessageChannel channelA;
    private GuildMessageChannel channelB;

    @BeforeEach
    void servers() {
        permitted = guild(WITH_EVENTS, true);
        refused = guild(WITHOUT_EVENTS, false);
        channelA = channel("900000000000000201");
        channelB = channel("900000000000000202");
        for (String[] row : new String[][] {{WITH_EVENTS, "900000000000000201"}, {WITHOUT_EVENTS, "900000000000000202"}}) {
            TestDatabase.jdbc().sql("insert into discord_announce_channel (guild_id, channel_id, updated_at) values (?, ?, now())")
                    .params(row[0], row[1]).update();
        }
    }

    @SuppressWarnings("unchecked")
    private Guild guild(String id, boolean mayCreateEvents) {
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn(id);
        SelfMember self = mock(SelfMember.class);
        when(self.hasPermission(Permission.CREATE_SCHEDULED_EVENTS)).thenReturn(mayCreateEvents);
        when(guild.getSelfMember()).thenReturn(self);
        ScheduledEventAction create = mock(ScheduledEventAction.class, RETURNS_SELF);
        ScheduledEvent created = mock(ScheduledEvent.class);
        when(created.getId()).thenReturn("700000000000000001");
        when(created.getManager()).thenReturn(eventManager);
        doAnswer(i -> {
            i.<Consumer<ScheduledEvent>>getArgument(0).accept(created);
            return null;
        }).when(create).queue(any(), any());
        when(guild.createScheduledEvent(anyString(), anyString(), any(OffsetDateTime.class), any(OffsetDateTime.class)))
                .thenReturn(create);
        CacheRestAction<ScheduledEvent> retrieve = mock(CacheRestAction.class);
        when(retrieve.flatMap(any())).thenAnswer(i -> i.<Function<ScheduledEvent, Object>>getArgument(0).apply(created));
        when(guild.retrieveScheduledEventById("700000000000000001")).thenReturn(retrieve);
        when(shards.getGuildById(id)).thenReturn(guild);
        return guild;
    }

    private GuildMessageChannel channel(String id) {
        GuildMessageChannel channel = mock(GuildMessageChannel.class);
        MessageCreateAction send = mock(MessageCreateAction.class);
        Message message = mock(Message.class);
        when(message.getId()).thenReturn("800000000000000001");
        when(send.submit()).thenReturn(CompletableFuture.completedFuture(message));
        when(channel.sendMessageEmbeds(any(MessageEmbed.class))).thenReturn(send);
        when(shards.getChannelById(GuildMessageChannel.class, id)).thenReturn(channel);
        return channel;
    }

    private static List<String> posts(GuildMessageChannel channel, int count) {
        ArgumentCaptor<MessageEmbed> captor = ArgumentCaptor.forClass(MessageEmbed.class);
        verify(channel, timeout(5000).times(count)).sendMessageEmbeds(captor.capture());
        return captor.getAllValues().stream().map(MessageEmbed::getDescription).toList();
    }

    /** The event id is recorded from JDA's callback, on the executor: wait for it before editing. */
    private static void awaitRecordedEvent() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (TestDatabase.jdbc().sql("select count(*) from discord_webinar_event").query(Long.class).single() == 1) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no Discord event recorded");
    }

    @Test
    void aNewWebinarIsPostedEverywhereAndBecomesAnEventWherePermitted() {
        Webinar w = webinars.create(new WebinarDraft("Meet your sheriff", "Bring a friend", "2030-12-10T19:00",
                "America/Chicago", 90, "https://meet.example.org/sheriff", "both")).webinar().orElseThrow();

        String post = posts(channelA, 1).get(0);
        assertThat(post).contains("**New webinar: Meet your sheriff**", "<t:" + w.start().getEpochSecond() + ":F>",
                "Bring a friend", "https://meet.example.org/sheriff", "/remind on", "**Nuevo seminario: Meet your sheriff**");
        assertThat(posts(channelB, 1)).containsExactly(post);
        OffsetDateTime start = w.start().atOffset(ZoneOffset.UTC);
        verify(permitted, timeout(5000)).createScheduledEvent("Meet your sheriff", "https://meet.example.org/sheriff",
                start, start.plus(Duration.ofMinutes(90)));
        verify(refused, never()).createScheduledEvent(anyString(), anyString(), any(OffsetDateTime.class), any(OffsetDateTime.class));
        assertThat(TestDatabase.jdbc().sql("select guild_id || ':' || event_id from discord_webinar_event where webinar_id = ?")
                .param(w.id()).query(String.class).list()).containsExactly(WITH_EVENTS + ":700000000000000001");
    }

    @Test
    void editingMovesTheEventAndCancellingCancelsIt() throws InterruptedException {
        Webinar w = webinars.create(new WebinarDraft("Meet your sheriff", "", "2030-12-10T19:00", "America/Chicago", 60,
                "https://meet.example.org/sheriff", "en")).webinar().orElseThrow();
        verify(permitted, timeout(5000)).createScheduledEvent(anyString(), anyString(), any(OffsetDateTime.class),
                any(OffsetDateTime.class));
        awaitRecordedEvent();

        Webinar moved = webinars.edit(w.id(), new WebinarDraft("Meet your sheriff", "", "2030-12-11T19:00", "America/Chicago",
                60, "https://meet.example.org/sheriff", "en")).webinar().orElseThrow();
        verify(eventManager, timeout(5000)).setStartTime(moved.start().atOffset(ZoneOffset.UTC));
        assertThat(posts(channelA, 2).get(1)).contains("**Webinar updated: Meet your sheriff**");

        webinars.cancel(w.id());
        verify(eventManager, timeout(5000)).setStatus(ScheduledEvent.Status.CANCELED);
        assertThat(posts(channelA, 3).get(2)).contains("**Cancelled: Meet your sheriff**")
                .doesNotContain("Nuevo", "Cancelado");
    }

    private static List<String> postsNow(GuildMessageChannel channel) {
        ArgumentCaptor<MessageEmbed> captor = ArgumentCaptor.forClass(MessageEmbed.class);
        verify(channel, org.mockito.Mockito.atLeast(0)).sendMessageEmbeds(captor.capture());
        return captor.getAllValues().stream().map(MessageEmbed::getDescription).toList();
    }

    @Test
    void aServerThatMissedANewWebinarIsShownItWhenItComesBackOnline() throws InterruptedException {
        when(shards.getChannelById(GuildMessageChannel.class, "900000000000000201")).thenReturn(null);   // not connected
        webinars.create(new WebinarDraft("Meet your sheriff", "", "2030-12-10T19:00", "America/Chicago", 60,
                "https://meet.example.org/sheriff", "en"));
        posts(channelB, 1);
        Thread.sleep(300);
        assertThat(postsNow(channelA)).isEmpty();

        when(shards.getChannelById(GuildMessageChannel.class, "900000000000000201")).thenReturn(channelA);
        GuildReadyEvent online = mock(GuildReadyEvent.class);
        when(online.getGuild()).thenReturn(permitted);
        ListenerAdapter announcer = listeners.stream().filter(WebinarAnnouncer.class::isInstance).findFirst().orElseThrow();
        announcer.onGuildReady(online);
        assertThat(posts(channelA, 1).get(0)).contains("**New webinar: Meet your sheriff**");
        announcer.onGuildReady(online);   // told once: nothing more
        Thread.sleep(300);
        assertThat(postsNow(channelA)).hasSize(1);
        assertThat(postsNow(channelB)).hasSize(1);
    }

    @Test
    void aServerSettingItsChannelHearsOfWebinarsAlreadyScheduledAndNotOfCancelledOnes() throws InterruptedException {
        TestDatabase.jdbc().sql("delete from discord_announce_channel where guild_id = ?").param(WITHOUT_EVENTS).update();
        long cancelled = webinars.create(new WebinarDraft("Called off", "", "2030-12-09T19:00", "America/Chicago", 60,
                "https://meet.example.org/off", "en")).webinar().orElseThrow().id();
        webinars.create(new WebinarDraft("Meet your sheriff", "", "2030-12-10T19:00", "America/Chicago", 60,
                "https://meet.example.org/sheriff", "en"));
        posts(channelA, 2);
        webinars.cancel(cancelled);
        posts(channelA, 3);

        TestDatabase.jdbc().sql("insert into discord_announce_channel (guild_id, channel_id, updated_at) values (?, ?, now())")
                .params(WITHOUT_EVENTS, "900000000000000202").update();
        publisher.publishEvent(new AnnounceChannels.ChannelSet(WITHOUT_EVENTS));
        assertThat(posts(channelB, 1).get(0)).contains("**New webinar: Meet your sheriff**");
        Thread.sleep(300);
        assertThat(postsNow(channelB)).hasSize(1);
    }
}
