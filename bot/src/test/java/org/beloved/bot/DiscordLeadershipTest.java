package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeUser;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * One Discord connection per cluster: instances of the application (Spring contexts here) on one
 * database, each with the token, real JDA against {@link FakeDiscord}. The one holding the Discord
 * lock connects; the others stand by and take over when it goes. Discord unreachable at boot costs
 * nothing but retries.
 */
@CleanDatabase
class DiscordLeadershipTest {

    /** beloved.discord.takeover-interval in these tests. */
    private static final Duration TAKEOVER = Duration.ofSeconds(2);
    /** A bounded wait for what should take about one take-over interval, with room for a slow 2-core box. */
    private static final Duration WITHIN = Duration.ofSeconds(20);

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final List<FakeDiscord> fakes = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        fakes.forEach(FakeDiscord::close);
    }

    private FakeDiscord discord() {
        FakeDiscord discord = FakeDiscord.start();
        fakes.add(discord);
        return discord;
    }

    /** An instance of the application, as another process on the same database would be. */
    private ConfigurableApplicationContext instance(FakeDiscord discord) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BotTestApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(new TestDatabaseProperties())
                .properties("beloved.discord.token=" + discord.token(),
                        "beloved.discord.api-base-url=" + discord.apiBaseUrl(),
                        "beloved.discord.takeover-interval=" + TAKEOVER.toMillis() + "ms")
                .run();
        instances.add(context);
        return context;
    }

    private static DiscordGateway.State state(ConfigurableApplicationContext instance) {
        return instance.getBean(DiscordGateway.class).state();
    }

    private static ConfigurableApplicationContext connectedOf(List<ConfigurableApplicationContext> candidates) {
        await().atMost(WITHIN).until(() -> candidates.stream().anyMatch(c -> state(c) == DiscordGateway.State.CONNECTED));
        return candidates.stream().filter(c -> state(c) == DiscordGateway.State.CONNECTED).findFirst().orElseThrow();
    }

    /** The bot's replies in this user's DM channel. */
    private static List<Call> repliesTo(FakeDiscord discord, FakeUser user) {
        return discord.calls("POST", "/channels/" + discord.directMessageChannel(user) + "/messages");
    }

    /** Sends a DM and expects exactly one reply to it, however long one waits. */
    private static void answeredOnce(FakeDiscord discord, FakeUser user) {
        int before = repliesTo(discord, user).size();
        discord.directMessage(user, "HELP");
        await().atMost(WITHIN).until(() -> repliesTo(discord, user).size() > before);
        await().during(TAKEOVER).atMost(TAKEOVER.multipliedBy(3)).until(() -> repliesTo(discord, user).size() == before + 1);
    }

    @Test
    void twoInstancesOpenOneGatewayConnectionAndTheOtherTakesOverWhenTheHolderStops() {
        FakeDiscord discord = discord();
        ConfigurableApplicationContext first = instance(discord);
        ConfigurableApplicationContext second = instance(discord);

        ConfigurableApplicationContext holder = connectedOf(List.of(first, second));
        ConfigurableApplicationContext standby = holder == first ? second : first;
        await().during(TAKEOVER).atMost(TAKEOVER.multipliedBy(3)).until(() -> state(standby) == DiscordGateway.State.STANDBY);
        assertThat(discord.identifies()).isEqualTo(1);
        assertThat(standby.getBean(DiscordGateway.class).shards()).isEmpty();
        assertThat(standby.getBean(DiscordChannel.class).ready()).isFalse();
        assertThat(holder.getBean(DiscordChannel.class).ready()).isTrue();
        FakeUser ana = discord.addUser("ana");
        answeredOnce(discord, ana);

        holder.close();

        assertThat(connectedOf(List.of(standby))).isSameAs(standby);
        assertThat(discord.identifies()).isEqualTo(2);
        assertThat(discord.overlappingIdentifies()).isZero();
        answeredOnce(discord, ana);
    }

    @Test
    void aHolderThatLosesItsLockConnectionShutsJdaDownAndAnotherInstanceTakesOver() {
        FakeDiscord discord = discord();
        ConfigurableApplicationContext first = instance(discord);
        ConfigurableApplicationContext second = instance(discord);
        ConfigurableApplicationContext holder = connectedOf(List.of(first, second));
        ConfigurableApplicationContext standby = holder == first ? second : first;
        assertThat(discord.identifies()).isEqualTo(1);

        int killed = TestDatabase.jdbc().sql("""
                select count(pg_terminate_backend(pid)) from pg_locks where locktype = 'advisory' and granted
                and ((classid::bigint << 32) | objid::bigint) = ?""")
                .param(DiscordLeadership.LOCK_KEY).query(Integer.class).single();

        assertThat(killed).isEqualTo(1);
        await().atMost(WITHIN).until(() -> discord.identifies() == 2);
        assertThat(discord.overlappingIdentifies()).isZero();   // the old holder's gateway was closed first
        assertThat(connectedOf(List.of(first, second))).isNotNull();
        assertThat(List.of(state(first), state(second)))
                .containsExactlyInAnyOrder(DiscordGateway.State.CONNECTED, DiscordGateway.State.STANDBY);
        answeredOnce(discord, discord.addUser("ben"));
        assertThat(standby).isNotNull();
    }

    @Test
    void aJdaThatShutsDownOnItsOwnGivesUpTheLockAndDiscordConnectsAgain() {
        FakeDiscord discord = discord();
        ConfigurableApplicationContext only = instance(discord);
        connectedOf(List.of(only));
        assertThat(discord.identifies()).isEqualTo(1);

        only.getBean(DiscordGateway.class).shards().orElseThrow().shutdown();   // as a gateway closed for good would

        await().atMost(WITHIN).until(() -> discord.identifies() == 2);
        assertThat(connectedOf(List.of(only))).isSameAs(only);
        answeredOnce(discord, discord.addUser("cy"));
    }

    @Test
    void withDiscordDownAtBootTheApplicationStartsHealthyAndConnectsOnceDiscordIsBack() {
        FakeDiscord discord = discord();
        discord.outage(true);

        ConfigurableApplicationContext instance = instance(discord);

        // JDA asks 4 times (it retries a 503 three times) before a login fails: a 5th ask is the next login
        await().atMost(Duration.ofSeconds(60)).until(() -> discord.calls("GET", "/gateway/bot").size() > 4);
        assertThat(discord.calls("GET", "/gateway/bot")).extracting(Call::status).containsOnly(503);
        assertThat(state(instance)).isEqualTo(DiscordGateway.State.CONNECTING);
        CompositeHealthDescriptor health = (CompositeHealthDescriptor) instance.getBean(HealthEndpoint.class).health();
        assertThat(health.getComponents().get("discord").getStatus().getCode()).isEqualTo("CONNECTING");
        assertThat(health.getStatus().getCode()).isEqualTo("UP");
        assertThat(discord.identifies()).isZero();

        discord.outage(false);

        discord.awaitConnected(Duration.ofSeconds(90));   // the login's back-off: at most a minute between attempts
        await().atMost(WITHIN).until(() -> state(instance) == DiscordGateway.State.CONNECTED);
        health = (CompositeHealthDescriptor) instance.getBean(HealthEndpoint.class).health();
        assertThat(health.getComponents().get("discord").getStatus().getCode()).isEqualTo("UP");
        assertThat(health.getStatus().getCode()).isEqualTo("UP");
        answeredOnce(discord, discord.addUser("cleo"));
    }

    private static long locksHeld() {
        return TestDatabase.jdbc().sql("""
                select count(*) from pg_locks where locktype = 'advisory' and granted
                and ((classid::bigint << 32) | objid::bigint) = ?""")
                .param(DiscordLeadership.LOCK_KEY).query(Long.class).single();
    }

    @Test
    void onShutdownTheOutboxStopsFirstThenDiscordClosesThenTheLockIsReleased() {
        FakeDiscord discord = discord();
        ConfigurableApplicationContext instance = instance(discord);
        connectedOf(List.of(instance));
        assertThat(locksHeld()).isEqualTo(1);
        int dispatcherPhase = instance.getBeansOfType(SmartLifecycle.class).values().stream()
                .filter(bean -> bean.getClass().getSimpleName().equals("OutboxDispatcher"))
                .mapToInt(SmartLifecycle::getPhase).findFirst().orElseThrow();
        assertThat(instance.getBean(DiscordLeadership.class).getPhase()).isLessThan(dispatcherPhase);   // stops after it

        instance.close();

        await().atMost(Duration.ofSeconds(5)).until(() -> !discord.connected());   // JDA closed its gateway connection
        assertThat(locksHeld()).isZero();
    }

    @Test
    void aDirectMessageDeliveredTwiceIsAnsweredOnce() {
        FakeDiscord discord = discord();
        ConfigurableApplicationContext instance = instance(discord);
        connectedOf(List.of(instance));
        FakeUser dan = discord.addUser("dan");

        String id = discord.directMessage(dan, "HELP");
        await().atMost(WITHIN).until(() -> repliesTo(discord, dan).size() == 1);
        discord.directMessage(dan, "HELP", id);   // a RESUME replaying it, say

        await().during(TAKEOVER).atMost(TAKEOVER.multipliedBy(3)).until(() -> repliesTo(discord, dan).size() == 1);
        assertThat(TestDatabase.jdbc().sql("select count(*) from inbound_message where channel = 'DISCORD' and external_id = ?")
                .param(id).query(Integer.class).single()).isEqualTo(1);
    }
}
