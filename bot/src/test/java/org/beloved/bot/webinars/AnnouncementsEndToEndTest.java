package org.beloved.bot.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.beloved.bot.BotTestApplication;
import org.beloved.bot.DiscordGateway;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeGuild;
import org.beloved.bot.testing.Fault;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Webinar announcements through the durable queue, with real JDA logged in to {@link FakeDiscord}
 * and a real database: each change is announced once per server (the post, the Scheduled Event
 * created, moved, cancelled), whichever instance made it; a failed post is tried again; a row left
 * in hand by an instance that died is done once its lease has run out.
 */
@CleanDatabase
@DirtiesContext   // JDA stays connected to this class's fake
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BotTestApplication.class, properties = {"beloved.discord.announce.interval=100ms",
        "beloved.discord.announce.retry=200ms", "beloved.discord.announce.attempts=3"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class AnnouncementsEndToEndTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final FakeDiscord discord = FakeDiscord.start();
    private static final FakeGuild first = discord.guild();
    private static final FakeGuild second = discord.addGuild("Second server");

    @DynamicPropertySource
    static void discordProperties(DynamicPropertyRegistry registry) {
        registry.add("beloved.discord.token", discord::token);
        registry.add("beloved.discord.api-base-url", discord::apiBaseUrl);
    }

    @Autowired
    DiscordGateway gateway;

    @Autowired
    Webinars webinars;

    @Autowired
    AnnouncementQueue queue;

    @BeforeAll
    void connected() {
        discord.awaitConnected(WITHIN);
    }

    @BeforeEach
    void channels() {
        for (FakeGuild guild : List.of(first, second)) {
            TestDatabase.jdbc().sql("insert into discord_announce_channel (guild_id, channel_id, updated_at) values (?, ?, now())")
                    .params(guild.id(), guild.channelId()).update();
        }
        discord.clearCalls();
    }

    @AfterAll
    void disconnect() {
        gateway.shards().ifPresent(ShardManager::shutdown);
        discord.close();
    }

    static Webinar schedule(Webinars webinars, String title, String start) {
        return webinars.create(new WebinarDraft(title, "Bring questions", start, "America/Chicago", 90,
                "https://meet.example.org/b", "en")).webinar().orElseThrow();
    }

    static void awaitQueueWorked() {
        await().atMost(WITHIN).until(() -> TestDatabase.jdbc()
                .sql("select count(*) from discord_announcement where status = 'pending'").query(Long.class).single() == 0);
    }

    static List<Call> posts(FakeGuild guild, String text) {
        return discord.calls("POST", "/channels/" + guild.channelId() + "/messages").stream()
                .filter(c -> c.status() == 200 && c.body().contains(text)).toList();
    }

    static List<Call> eventsCreated(FakeGuild guild) {
        return discord.calls("POST", "/guilds/" + guild.id() + "/scheduled-events").stream().filter(c -> c.status() == 200).toList();
    }

    static List<Call> eventEdits(FakeGuild guild, String eventId) {
        return discord.calls("PATCH", "/guilds/" + guild.id() + "/scheduled-events/" + eventId);
    }

    private static Instant instant(String isoOffsetDateTime) {
        return OffsetDateTime.parse(isoOffsetDateTime).toInstant();
    }

    @Test
    void aWebinarIsPostedMovedAndCancelledOncePerServerWithItsScheduledEventInStep() {
        Webinar w = schedule(webinars, "Budget hearing prep", "2030-11-02T18:00");
        awaitQueueWorked();
        for (FakeGuild guild : List.of(first, second)) {
            assertThat(posts(guild, "New webinar: Budget hearing prep")).hasSize(1);
            assertThat(eventsCreated(guild)).singleElement()
                    .satisfies(c -> assertThat(instant(c.json().getString("scheduled_start_time"))).isEqualTo(w.start()));
        }

        Webinar moved = webinars.edit(w.id(), new WebinarDraft("Budget hearing prep", "Bring questions", "2030-11-03T19:30",
                "America/Chicago", 60, "https://meet.example.org/b", "en")).webinar().orElseThrow();
        awaitQueueWorked();
        for (FakeGuild guild : List.of(first, second)) {
            String eventId = eventsCreated(guild).get(0).responseJson().getString("id");
            Call patch = eventEdits(guild, eventId).stream().filter(c -> c.json().hasKey("scheduled_start_time")).findFirst()
                    .orElseThrow(() -> new AssertionError("the Scheduled Event was not moved: " + discord.calls()));
            assertThat(patch.status()).isEqualTo(200);
            assertThat(instant(patch.json().getString("scheduled_start_time"))).isEqualTo(moved.start());
            assertThat(instant(patch.json().getString("scheduled_end_time"))).isEqualTo(moved.end());
            assertThat(instant(discord.scheduledEvents().get(eventId).getString("scheduled_start_time"))).isEqualTo(moved.start());
            assertThat(posts(guild, "Webinar updated: Budget hearing prep")).hasSize(1);
        }

        webinars.cancel(w.id());
        awaitQueueWorked();
        for (FakeGuild guild : List.of(first, second)) {
            String eventId = eventsCreated(guild).get(0).responseJson().getString("id");
            assertThat(eventEdits(guild, eventId)).hasSize(2).last().satisfies(c -> assertThat(c.json().getInt("status")).isEqualTo(4));
            assertThat(discord.scheduledEvents().get(eventId).getInt("status")).isEqualTo(4);
            assertThat(posts(guild, "Cancelled: Budget hearing prep")).hasSize(1);
            assertThat(posts(guild, "Budget hearing prep")).hasSize(3);
            assertThat(eventsCreated(guild)).hasSize(1);
        }
        assertThat(TestDatabase.jdbc().sql("select kind || ':' || status from discord_announcement order by id")
                .query(String.class).list()).containsExactly("SCHEDULED:done", "SCHEDULED:done", "EDITED:done", "EDITED:done",
                        "CANCELLED:done", "CANCELLED:done");
    }

    @Test
    void aChangeMadeOnAnInstanceWithoutDiscordIsAnnouncedByTheConnectedOne() {
        try (ConfigurableApplicationContext other = withoutDiscord()) {
            assertThat(other.getBean(DiscordGateway.class).shards()).isEmpty();
            schedule(other.getBean(Webinars.class), "Jail vigil planning", "2030-11-05T18:00");
        }

        awaitQueueWorked();
        for (FakeGuild guild : List.of(first, second)) {
            assertThat(posts(guild, "New webinar: Jail vigil planning")).hasSize(1);
            assertThat(eventsCreated(guild)).hasSize(1);
        }
    }

    /** Another instance sharing the database, with Discord off (no token). */
    static ConfigurableApplicationContext withoutDiscord() {
        return new SpringApplicationBuilder(BotTestApplication.class).web(WebApplicationType.NONE)
                .initializers(new TestDatabaseProperties()).properties("beloved.discord.token=").run();
    }

    @Test
    void aFailedPostIsTriedAgainWithoutASecondEvent() {
        discord.failNext("POST", "/channels/" + first.channelId() + "/messages", Fault.error(403, 50001, "Missing Access"));

        schedule(webinars, "Sheriff forum", "2030-11-07T18:00");

        awaitQueueWorked();
        assertThat(discord.calls("POST", "/channels/" + first.channelId() + "/messages")).hasSize(2);
        assertThat(posts(first, "New webinar: Sheriff forum")).hasSize(1);
        assertThat(eventsCreated(first)).hasSize(1);
        assertThat(posts(second, "New webinar: Sheriff forum")).hasSize(1);
        assertThat(TestDatabase.jdbc().sql("select attempts from discord_announcement where guild_id = ? and kind = 'SCHEDULED'").param(first.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    /**
     * Discord makes the post but answers 500 (not one JDA retries itself): the retry carries the
     * task's nonce again and gets that post back, so the server sees one announcement, not two.
     */
    @Test
    void aPostDiscordMadeDespiteAnErrorIsNotMadeTwiceByTheRetry() {
        discord.failNext("POST", "/channels/" + first.channelId() + "/messages", Fault.serverError(500).afterCarryingOut());

        schedule(webinars, "Courthouse teach-in", "2030-11-09T18:00");

        awaitQueueWorked();
        List<Call> attempts = discord.calls("POST", "/channels/" + first.channelId() + "/messages");
        assertThat(attempts).hasSize(2).extracting(Call::status).containsExactly(500, 200);
        long task = TestDatabase.jdbc().sql("select id from discord_announcement where guild_id = ? and kind = 'SCHEDULED'")
                .param(first.id()).query(Long.class).single();
        assertThat(attempts).allSatisfy(call -> {
            assertThat(call.json().getString("nonce")).isEqualTo("a" + task);
            assertThat(call.json().getBoolean("enforce_nonce")).isTrue();
        });
        assertThat(discord.messagesIn(first.channelId()))
                .filteredOn(m -> m.toString().contains("Courthouse teach-in")).hasSize(1)
                .first().satisfies(m -> assertThat(m.getString("id")).isEqualTo(attempts.get(1).responseJson().getString("id")));
    }

    /**
     * The new webinar's post fails once and waits for its retry; the edit made meanwhile waits
     * behind it, so the server reads the announcement, then the update (not the update alone).
     */
    @Test
    void anEditWaitsForThePostItEdits() {
        discord.failNext("POST", "/channels/" + first.channelId() + "/messages", Fault.error(403, 50001, "Missing Access"));

        Webinar w = schedule(webinars, "Sheriff debate", "2030-11-11T18:00");
        webinars.edit(w.id(), new WebinarDraft("Sheriff debate", "Bring questions", "2030-11-12T18:00", "America/Chicago", 90,
                "https://meet.example.org/b", "en"));

        awaitQueueWorked();
        for (FakeGuild guild : List.of(first, second)) {
            assertThat(posts(guild, "Sheriff debate")).hasSize(2).satisfiesExactly(
                    post -> assertThat(post.body()).contains("New webinar: Sheriff debate"),
                    post -> assertThat(post.body()).contains("Webinar updated: Sheriff debate"));
        }
    }

    @Test
    void aPostThatKeepsFailingIsGivenUpAfterTheAttemptsAllowedAndLaterChangesStillGo() {
        discord.failNext("POST", "/channels/" + second.channelId() + "/messages", Fault.error(403, 50001, "Missing Access"), 3);

        Webinar w = schedule(webinars, "County board prep", "2030-11-08T18:00");
        awaitQueueWorked();
        assertThat(discord.calls("POST", "/channels/" + second.channelId() + "/messages")).hasSize(3);
        assertThat(posts(first, "New webinar: County board prep")).hasSize(1);

        webinars.cancel(w.id());
        awaitQueueWorked();
        assertThat(TestDatabase.jdbc().sql("""
                select kind || ':' || status || ':' || attempts from discord_announcement where guild_id = ? order by id
                """).param(second.id()).query(String.class).list()).containsExactly("SCHEDULED:failed:3", "CANCELLED:done:1");
        assertThat(posts(second, "County board prep")).isEmpty();   // never told of it: no cancellation either
        String eventId = eventsCreated(second).get(0).responseJson().getString("id");
        assertThat(discord.scheduledEvents().get(eventId).getInt("status")).isEqualTo(4);
        assertThat(posts(first, "Cancelled: County board prep")).hasSize(1);
    }

    @Test
    void workLeftInHandByAnInstanceThatDiedIsDoneOnceItsLeaseRunsOut() {
        Webinar w = schedule(webinars, "Know your rights", "2030-11-09T18:00");
        awaitQueueWorked();
        discord.clearCalls();
        Timestamp past = Timestamp.from(Instant.now().minusSeconds(60));
        TestDatabase.jdbc().sql("""
                insert into discord_announcement (webinar_id, guild_id, kind, change_id, status, attempts, next_attempt_at,
                    lease_owner, lease_until, created_at)
                values (?, ?, 'EDITED', nextval('discord_announcement_change'), 'pending', 1, ?, 'dead-instance', ?, ?)
                """).params(w.id(), first.id(), past, past, past).update();

        awaitQueueWorked();
        assertThat(posts(first, "Webinar updated: Know your rights")).hasSize(1);
        assertThat(posts(second, "Know your rights")).isEmpty();
    }

    /** The instance died between Discord creating the event and the database recording it. */
    @Test
    void aScheduledEventCreatedByAnAttemptThatDiedIsKeptNotCreatedTwice() {
        TestDatabase.jdbc().sql("delete from discord_announce_channel where guild_id = ?").param(second.id()).update();
        TestDatabase.jdbc().sql("delete from discord_announce_channel where guild_id = ?").param(first.id()).update();
        Webinar w = schedule(webinars, "Town hall on detainers", "2030-11-10T18:00");   // no server yet: nothing queued
        TestDatabase.jdbc().sql("insert into discord_announce_channel (guild_id, channel_id, updated_at) values (?, ?, now())")
                .params(first.id(), first.channelId()).update();
        String orphan = gateway.shards().orElseThrow().getGuildById(first.id()).createScheduledEvent(ScheduledEvents.eventName(w),
                ScheduledEvents.eventLocation(w), w.start().atOffset(ZoneOffset.UTC), w.end().atOffset(ZoneOffset.UTC)).complete().getId();
        discord.clearCalls();
        Timestamp past = Timestamp.from(Instant.now().minusSeconds(60));
        TestDatabase.jdbc().sql("""
                insert into discord_announcement (webinar_id, guild_id, kind, change_id, status, attempts, next_attempt_at,
                    lease_owner, lease_until, created_at)
                values (?, ?, 'SCHEDULED', nextval('discord_announcement_change'), 'pending', 1, ?, 'dead-instance', ?, ?)
                """).params(w.id(), first.id(), past, past, past).update();

        awaitQueueWorked();
        assertThat(eventsCreated(first)).isEmpty();
        assertThat(posts(first, "New webinar: Town hall on detainers")).singleElement()
                .satisfies(post -> assertThat(post.body()).contains("https://discord.com/events/" + first.id() + "/" + orphan));
        assertThat(TestDatabase.jdbc().sql("select event_id from discord_webinar_event where webinar_id = ?").param(w.id())
                .query(String.class).list()).containsExactly(orphan);
    }

    @Test
    void finishedRowsAreForgottenAfterTheirKeepingTimeAndPendingOnesNever() {
        Timestamp old = Timestamp.from(Instant.now().minus(AnnouncementWorker.KEEP_FINISHED).minusSeconds(60));
        Timestamp recent = Timestamp.from(Instant.now().minusSeconds(60));
        Timestamp future = Timestamp.from(Instant.now().plusSeconds(3600));
        List<Object[]> rows = List.of(new Object[] {"done", old, old}, new Object[] {"failed", old, old},
                new Object[] {"done", recent, recent}, new Object[] {"pending", old, null});   // status, created, finished
        for (int i = 0; i < rows.size(); i++) {
            TestDatabase.jdbc().sql("""
                    insert into discord_announcement (webinar_id, guild_id, kind, status, next_attempt_at, created_at, finished_at)
                    values (1, ?, 'CATCH_UP', ?, ?, ?, ?)
                    """).params("90000000000000000" + i, rows.get(i)[0], future, rows.get(i)[1], rows.get(i)[2]).update();
        }

        assertThat(queue.forgetFinished(AnnouncementWorker.KEEP_FINISHED)).isEqualTo(2);
        assertThat(TestDatabase.jdbc().sql("select status from discord_announcement order by status").query(String.class).list())
                .containsExactly("done", "pending");
    }
}
