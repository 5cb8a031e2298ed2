package org.beloved.bot.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.beloved.alerts.AlertDraft;
import org.beloved.alerts.AlertResult;
import org.beloved.alerts.Alerts;
import org.beloved.bot.BotTestApplication;
import org.beloved.bot.DiscordGateway;
import org.beloved.bot.testing.Actor;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeGuild;
import org.beloved.bot.testing.FakeInteraction;
import org.beloved.bot.testing.FakeUser;
import org.beloved.bot.testing.Option;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code /alerts on|off} and alert posts in servers, with real JDA logged in to {@link FakeDiscord}:
 * the command answers only the user (deferred, then the hook), takes a ZIP or the server's default
 * ZIP, in English or Spanish; an alert sent on Discord is posted once in each server whose default
 * ZIP lies in its audience, and in no other.
 */
@CleanDatabase
@DirtiesContext   // JDA stays connected to this class's fake
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BotTestApplication.class, properties = {"beloved.discord.announce.interval=100ms",
        "beloved.discord.announce.retry=200ms"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class AlertsDiscordEndToEndTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final FakeDiscord discord = FakeDiscord.start();
    private static final FakeGuild chicago = discord.guild();
    private static final FakeGuild sanFrancisco = discord.addGuild("Mission organizers");

    @DynamicPropertySource
    static void discordProperties(DynamicPropertyRegistry registry) {
        registry.add("beloved.discord.token", discord::token);
        registry.add("beloved.discord.api-base-url", discord::apiBaseUrl);
    }

    @Autowired
    DiscordGateway gateway;

    @Autowired
    Alerts alerts;

    @BeforeAll
    void connected() {
        discord.awaitConnected(WITHIN);
    }

    @AfterAll
    void disconnect() {
        gateway.shards().ifPresent(ShardManager::shutdown);
        discord.close();
    }

    @BeforeEach
    void serversWithZipsAndChannels() {
        serverZip(chicago, "60614");
        serverZip(sanFrancisco, "94110");
        discord.clearCalls();
    }

    private static void serverZip(FakeGuild guild, String zip) {
        TestDatabase.jdbc().sql("insert into discord_server_zip (guild_id, zip, updated_at) values (?, ?, now())")
                .params(guild.id(), zip).update();
        TestDatabase.jdbc().sql("insert into discord_announce_channel (guild_id, channel_id, updated_at) values (?, ?, now())")
                .params(guild.id(), guild.channelId()).update();
    }

    private static String answer(Actor actor, Option subcommand) {
        FakeInteraction interaction = discord.slashCommand(actor, "alerts", subcommand);
        return discord.awaitOriginalEdit(interaction, WITHIN).json().getString("content");
    }

    private static String subscription(FakeUser user) {
        return TestDatabase.jdbc().sql("select zip || ' ' || language || ' ' || coalesce(county_fips, '-')"
                + " from alert_subscriber where channel = 'DISCORD' and address = ?").param(user.id()).query(String.class)
                .optional().orElse("none");
    }

    @Test
    void alertsOnTakesAZipOrTheServersAndOffStopsThem() {
        FakeUser ana = discord.addUser("ana");
        assertThat(answer(Actor.inDirectMessage(ana), Option.subcommand("on", Option.string("zip", "60614"))))
                .isEqualTo("Action alerts are on for Chicago, IL (Cook County): a direct message when a decision there is"
                        + " near, like a county vote or a hearing. Not at night unless urgent. Use /alerts off to stop.");
        assertThat(subscription(ana)).isEqualTo("60614 en 17031");

        FakeUser ben = discord.addUser("ben");
        assertThat(answer(Actor.member(sanFrancisco, ben), Option.subcommand("on")))
                .as("the server's default ZIP").contains("San Francisco, CA (City and County of San Francisco):");
        assertThat(subscription(ben)).isEqualTo("94110 en 06075");

        FakeUser cleo = discord.addUser("cleo");
        FakeInteraction noZip = discord.slashCommand(Actor.inDirectMessage(cleo), "alerts", Option.subcommand("on"));
        assertThat(discord.awaitCallback(noZip, WITHIN).json().getObject("data").getString("content"))
                .isEqualTo("Please give a ZIP code, like /alerts on zip:60614.");
        assertThat(subscription(cleo)).isEqualTo("none");

        FakeUser dora = discord.addUser("dora");
        assertThat(answer(Actor.inDirectMessage(dora).withLocale("es-ES"),
                Option.subcommand("on", Option.string("zip", "60609")))).startsWith(
                "Las alertas de acción están activadas para Chicago, IL (condado de Cook)").contains("/alertas off");
        assertThat(subscription(dora)).isEqualTo("60609 es 17031");

        assertThat(answer(Actor.inDirectMessage(ana), Option.subcommand("off")))
                .isEqualTo("Action alerts are off. Use /alerts on to get them again.");
        assertThat(subscription(ana)).isEqualTo("none");
        assertThat(answer(Actor.inDirectMessage(ana), Option.subcommand("off"))).contains("You were not getting");
        discord.assertEveryInteractionAcknowledged();
    }

    private static List<Call> posts(FakeGuild guild, String text) {
        return discord.calls("POST", "/channels/" + guild.channelId() + "/messages").stream()
                .filter(c -> c.status() == 200 && c.body().contains(text)).toList();
    }

    private long sent(AlertDraft draft) {
        long id = ((AlertResult.Drafted) alerts.draft(draft, "test")).alert().id();
        alerts.send(id);
        alerts.send(id);   // a repeated send adds nothing
        return id;
    }

    @Test
    void anAlertIsPostedOnceInEachServerWhoseZipItReachesAndNowhereElse() {
        sent(new AlertDraft("Board vote Tuesday 10am, come.", "La Junta vota el martes a las 10, ven.", List.of("17031"),
                null, null, List.of("discord"), false));
        await().atMost(WITHIN).until(() -> posts(chicago, "Board vote Tuesday").size() == 1);
        assertThat(posts(chicago, "Board vote Tuesday").get(0).body()).contains("La Junta vota el martes");

        sent(new AlertDraft("ICE at the courthouse now.", "ICE en el juzgado ahora.", null, "94103", 3.0,
                List.of("sms", "discord"), true));
        await().atMost(WITHIN).until(() -> posts(sanFrancisco, "ICE at the courthouse").size() == 1);

        sent(new AlertDraft("SMS only.", "Solo SMS.", List.of("17031"), null, null, List.of("sms"), false));
        await().during(Duration.ofSeconds(2)).atMost(WITHIN).until(() -> true);
        assertThat(posts(sanFrancisco, "Board vote Tuesday")).isEmpty();
        assertThat(posts(chicago, "ICE at the courthouse")).isEmpty();
        assertThat(posts(chicago, "Board vote Tuesday")).hasSize(1);
        assertThat(posts(chicago, "SMS only")).as("not sent on Discord").isEmpty();
        assertThat(TestDatabase.jdbc().sql("select count(*) from discord_alert_post where status = 'done'")
                .query(Long.class).single()).isEqualTo(2);
    }
}
