package org.beloved.bot.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.beloved.bot.BotTestApplication;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeGuild;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Announcement work outlives the instances: the instance connected to Discord stops, a webinar is
 * moved and another scheduled on an instance without Discord, and the next instance to connect (a
 * restart) moves the server's Scheduled Event, creates the new one and posts both changes, once.
 */
@CleanDatabase
class AnnouncementRestartTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    private final FakeDiscord discord = FakeDiscord.start();
    private final FakeGuild guild = discord.guild();

    @AfterEach
    void close() {
        discord.close();
    }

    private ConfigurableApplicationContext instance(boolean withDiscord) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(BotTestApplication.class).web(WebApplicationType.NONE)
                .initializers(new TestDatabaseProperties()).properties("beloved.discord.announce.interval=100ms");
        return withDiscord ? builder.properties("beloved.discord.token=" + discord.token(),
                "beloved.discord.api-base-url=" + discord.apiBaseUrl()).run() : builder.properties("beloved.discord.token=").run();
    }

    private List<Call> posts(String text) {
        return discord.calls("POST", "/channels/" + guild.channelId() + "/messages").stream()
                .filter(c -> c.status() == 200 && c.body().contains(text)).toList();
    }

    private static long pending() {
        return TestDatabase.jdbc().sql("select count(*) from discord_announcement where status = 'pending'").query(Long.class).single();
    }

    @Test
    void changesQueuedWhileNoInstanceIsConnectedAreAnnouncedByTheNextOneInOrderAndOnce() {
        TestDatabase.jdbc().sql("insert into discord_announce_channel (guild_id, channel_id, updated_at) values (?, ?, now())")
                .params(guild.id(), guild.channelId()).update();
        Webinar w;
        try (ConfigurableApplicationContext first = instance(true)) {
            discord.awaitConnected(WITHIN);
            w = AnnouncementsEndToEndTest.schedule(first.getBean(Webinars.class), "Budget hearing prep", "2030-11-02T18:00");
            await().atMost(WITHIN).until(() -> pending() == 0);
        }
        assertThat(posts("New webinar: Budget hearing prep")).hasSize(1);
        String eventId = discord.calls("POST", "/guilds/" + guild.id() + "/scheduled-events").get(0).responseJson().getString("id");

        Webinar moved;
        try (ConfigurableApplicationContext withoutDiscord = instance(false)) {
            Webinars webinars = withoutDiscord.getBean(Webinars.class);
            moved = webinars.edit(w.id(), new WebinarDraft("Budget hearing prep", "", "2030-11-04T18:00", "America/Chicago", 60,
                    "https://meet.example.org/b", "en")).webinar().orElseThrow();
            AnnouncementsEndToEndTest.schedule(webinars, "Jail vigil planning", "2030-11-05T18:00");
        }
        assertThat(pending()).isEqualTo(2);
        assertThat(discord.calls("PATCH", "/guilds/.*")).isEmpty();

        try (ConfigurableApplicationContext restarted = instance(true)) {
            await().atMost(WITHIN).until(() -> pending() == 0);
        }
        List<Call> edits = discord.calls("PATCH", "/guilds/" + guild.id() + "/scheduled-events/" + eventId);
        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(OffsetDateTime.parse(edit.json().getString("scheduled_start_time")).toInstant()).isEqualTo(moved.start());
            assertThat(OffsetDateTime.parse(edit.json().getString("scheduled_end_time")).toInstant()).isEqualTo(moved.end());
        });
        assertThat(posts("Webinar updated: Budget hearing prep")).hasSize(1);
        assertThat(posts("Budget hearing prep")).hasSize(2);
        assertThat(posts("New webinar: Jail vigil planning")).hasSize(1);
        assertThat(discord.calls("POST", "/guilds/" + guild.id() + "/scheduled-events")).hasSize(2);
    }
}
