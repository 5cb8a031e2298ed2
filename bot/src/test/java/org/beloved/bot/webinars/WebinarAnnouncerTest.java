package org.beloved.bot.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import net.dv8tion.jda.api.entities.SelfMember;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.managers.ScheduledEventManager;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.ScheduledEventAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Scheduling, editing and cancelling a webinar (the core use cases, as the admin API and /webinar
 * call them) posts in each server's announcement channel and keeps a Discord Scheduled Event in step
 * where the bot may create events. JDA is a mock; the database is real.
 */
@CleanDatabase
@SpringBootTest(classes = BotTestApplication.class, properties = {"beloved.discord.announce.interval=50ms",
        "beloved.discord.announce.attempts=1"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class WebinarAnnouncerTest {

    private static final String WITH_EVENTS = "900000000000000101";
    private static final String WITHOUT_EVENTS = "900000000000000102";
    private static final String CHANNEL_A = "900000000000000201";
    private static final String CHANNEL_B = "900000000000000202";
    private static final String EVENT = "700000000000000001";

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
        JDA connected = mock(JDA.class);
        when(connected.getStatus()).thenReturn(JDA.Status.CONNECTED);
        doReturn(List.of(connected)).when(shards).getShards();   // the queue worker may be asking meanwhile: no when(...) on a mock in use
        permitted = guild(WITH_EVENTS, true);
        refused = guild(WITHOUT_EVENTS, false);
        channelA = channel(CHANNEL_A);
        channelB = channel(CHANNEL_B);
        setChannel(WITH_EVENTS, CHANNEL_A);
        setChannel(WITHOUT_EVENTS, CHANNEL_B);
        when(eventManager.submit()).thenReturn(CompletableFuture.completedFuture(null));
    }

    private static void setChannel(String guild, String channel) {
        TestDatabase.jdbc().sql("insert into discord_announce_channel (guild_id, channel_id, updated_at) values (?, ?, now())")
                .params(guild, channel).update();
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
        when(created.getId()).thenReturn(EVENT);
        when(created.getStatus()).thenReturn(ScheduledEvent.Status.SCHEDULED);
        when(created.getManager()).thenReturn(eventManager);
        when(create.submit()).thenReturn(CompletableFuture.completedFuture(created));
        when(guild.createScheduledEvent(anyString(), anyString(), any(OffsetDateTime.class), any(OffsetDateTime.class)))
                .thenReturn(create);
        CacheRestAction<ScheduledEvent> retrieve = mock(CacheRestAction.class);
        when(retrieve.flatMap(any())).thenAnswer(i -> i.<Function<ScheduledEvent, Object>>getArgument(0).apply(created));
        when(guild.retrieveScheduledEventById(EVENT)).thenReturn(retrieve);
        doReturn(guild).when(shards).getGuildById(id);
        return guild;
    }

    private GuildMessageChannel channel(String id) {
        GuildMessageChannel channel = mock(GuildMessageChannel.class);
        MessageCreateAction send = mock(MessageCreateAction.class, RETURNS_SELF);   // setNonce(...) and the like
        Message message = mock(Message.class);
        when(message.getId()).thenReturn("800000000000000001");
        when(send.submit()).thenReturn(CompletableFuture.completedFuture(message));
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(send);
        doReturn(channel).when(shards).getChannelById(GuildMessageChannel.class, id);
        return channel;
    }

    /** Waits until the announcement queue has been worked: every row done or given up. */
    private static void settle() {
        await().atMost(Duration.ofSeconds(10)).until(() -> TestDatabase.jdbc()
                .sql("select count(*) from discord_announcement where status = 'pending'").query(Long.class).single() == 0);
    }

    private static List<String> posts(GuildMessageChannel channel) {
        ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(channel, atLeast(0)).sendMessage(captor.capture());
        return captor.getAllValues().stream().map(m -> m.getEmbeds().get(0).getDescription()).toList();
    }

    private static List<String> announcedIn() {
        return TestDatabase.jdbc().sql("select guild_id from discord_webinar_announced order by guild_id").query(String.class).list();
    }

    private Webinar create(String title, String start, String language) {
        return webinars.create(new WebinarDraft(title, "Bring a friend", start, "America/Chicago", 90,
                "https://meet.example.org/sheriff", language)).webinar().orElseThrow();
    }

    private WebinarAnnouncer announcerListener() {
        return (WebinarAnnouncer) listeners.stream().filter(WebinarAnnouncer.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void aNewWebinarIsPostedEverywhereAndBecomesAnEventWherePermitted() throws Exception {
        Webinar w = create("Meet your sheriff", "2030-12-10T19:00", "both");
        settle();

        assertThat(posts(channelA)).singleElement().asString().contains("**New webinar: Meet your sheriff**",
                "<t:" + w.start().getEpochSecond() + ":F>", "Bring a friend", "https://meet.example.org/sheriff",
                "/remind on", "**Nuevo seminario: Meet your sheriff**");
        assertThat(posts(channelB)).isEqualTo(posts(channelA));
        OffsetDateTime start = w.start().atOffset(ZoneOffset.UTC);
        verify(permitted).createScheduledEvent("Meet your sheriff", "https://meet.example.org/sheriff", start,
                start.plus(Duration.ofMinutes(90)));
        verify(refused, never()).createScheduledEvent(anyString(), anyString(), any(OffsetDateTime.class), any(OffsetDateTime.class));
        assertThat(TestDatabase.jdbc().sql("select guild_id || ':' || event_id from discord_webinar_event where webinar_id = ?")
                .param(w.id()).query(String.class).list()).containsExactly(WITH_EVENTS + ":" + EVENT);
        assertThat(announcedIn()).containsExactly(WITH_EVENTS, WITHOUT_EVENTS);
    }

    @Test
    void aBilingualWebinarIsAnnouncedWithEachLanguagesOwnTitleAndDescription() throws Exception {
        webinars.create(new WebinarDraft("Meet your sheriff", "Bring a friend", "2030-12-10T19:00", "America/Chicago", 90,
                "https://meet.example.org/sheriff", "both", "Conoce a tu sheriff", "Trae a un amigo"));
        settle();
        assertThat(posts(channelA)).singleElement().asString().contains("**New webinar: Meet your sheriff**",
                "Bring a friend", "**Nuevo seminario: Conoce a tu sheriff**", "Trae a un amigo");
    }

    @Test
    void editingMovesTheEventAndCancellingCancelsIt() throws Exception {
        Webinar w = create("Meet your sheriff", "2030-12-10T19:00", "en");
        Webinar moved = webinars.edit(w.id(), new WebinarDraft("Meet your sheriff", "", "2030-12-11T19:00",
                "America/Chicago", 60, "https://meet.example.org/sheriff", "en")).webinar().orElseThrow();
        settle();
        verify(eventManager).setStartTime(moved.start().atOffset(ZoneOffset.UTC));
        assertThat(posts(channelA)).hasSize(2).last().asString().contains("**Webinar updated: Meet your sheriff**");

        webinars.cancel(w.id());
        settle();
        verify(eventManager).setStatus(ScheduledEvent.Status.CANCELED);
        assertThat(posts(channelA)).hasSize(3).last().asString().contains("**Cancelled: Meet your sheriff**")
                .doesNotContain("Nuevo", "Cancelado");
    }

    @Test
    void anEventKeepsItsTimesOnceTheWebinarHasStarted() throws Exception {
        String soon = LocalDateTime.ofInstant(Instant.now().plusSeconds(2), ZoneId.of("America/Chicago"))
                .truncatedTo(ChronoUnit.SECONDS).toString();
        Webinar w = create("Meet your sheriff", soon, "en");
        settle();
        verify(permitted).createScheduledEvent(anyString(), anyString(), any(OffsetDateTime.class), any(OffsetDateTime.class));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), w.start()).toMillis() + 200));   // now it has started

        webinars.edit(w.id(), new WebinarDraft("Meet your sheriff (new link)", "", soon, "America/Chicago", 90,
                "https://meet.example.org/new", "en"));
        settle();
        verify(eventManager).setName("Meet your sheriff (new link)");
        verify(eventManager).setLocation("https://meet.example.org/new");
        verify(eventManager, never()).setStartTime(any());
    }

    @Test
    void aServerThatClearedItsChannelStillHasItsEventCancelled() throws Exception {
        Webinar w = create("Meet your sheriff", "2030-12-10T19:00", "en");
        settle();
        TestDatabase.jdbc().sql("delete from discord_announce_channel where guild_id = ?").param(WITH_EVENTS).update();
        webinars.cancel(w.id());
        settle();
        verify(eventManager).setStatus(ScheduledEvent.Status.CANCELED);
        assertThat(posts(channelA)).hasSize(1);
        assertThat(posts(channelB)).hasSize(2).last().asString().contains("**Cancelled: Meet your sheriff**");
    }

    @Test
    void aServerThatMissedANewWebinarIsShownItOnceWhenItComesBackOnline() throws Exception {
        // A's channel out of reach: its post fails, and with one attempt allowed its row is given up at once
        doReturn(null).when(shards).getChannelById(GuildMessageChannel.class, CHANNEL_A);
        create("Meet your sheriff", "2030-12-10T19:00", "en");
        settle();
        assertThat(announcedIn()).containsExactly(WITHOUT_EVENTS);

        doReturn(channelA).when(shards).getChannelById(GuildMessageChannel.class, CHANNEL_A);
        GuildReadyEvent online = mock(GuildReadyEvent.class);
        when(online.getGuild()).thenReturn(permitted);
        announcerListener().onGuildReady(online);
        settle();
        assertThat(posts(channelA)).singleElement().asString().contains("**New webinar: Meet your sheriff**");
        assertThat(announcedIn()).containsExactly(WITH_EVENTS, WITHOUT_EVENTS);

        announcerListener().onGuildReady(online);   // told once: nothing more
        settle();
        assertThat(posts(channelA)).hasSize(1);
        assertThat(posts(channelB)).hasSize(1);
        verify(permitted).createScheduledEvent(anyString(), anyString(), any(OffsetDateTime.class), any(OffsetDateTime.class));
    }

    @Test
    void aServerSettingItsChannelHearsOfWebinarsAlreadyScheduledAndNotOfCancelledOnes() throws Exception {
        TestDatabase.jdbc().sql("delete from discord_announce_channel where guild_id = ?").param(WITHOUT_EVENTS).update();
        long cancelled = create("Called off", "2030-12-09T19:00", "en").id();
        create("Meet your sheriff", "2030-12-10T19:00", "en");
        settle();   // both announced before the cancellation: the announcer reads each webinar afresh when it posts
        webinars.cancel(cancelled);
        settle();
        assertThat(posts(channelA)).hasSize(3);

        setChannel(WITHOUT_EVENTS, CHANNEL_B);
        publisher.publishEvent(new AnnounceChannels.ChannelSet(WITHOUT_EVENTS));
        settle();
        assertThat(posts(channelB)).singleElement().asString().contains("**New webinar: Meet your sheriff**");
    }
}
