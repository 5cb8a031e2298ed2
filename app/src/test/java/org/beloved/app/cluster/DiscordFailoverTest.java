package org.beloved.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeUser;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two instances (separate JVMs) both configured with the Discord token hold one gateway connection
 * between them: the first to start connects, the second stands by (one IDENTIFY at the fake
 * Discord) and each DM is answered once. When the holder is killed with SIGKILL, the other
 * connects within the takeover interval (plus the time to log in) and answers DMs.
 * Logs: {@code app/target/cluster/discord-failover/}.
 */
@Tag("cluster")
class DiscordFailoverTest {

    private static final Duration TAKEOVER = Duration.ofSeconds(3);
    /** Logging in to the fake gateway after taking the lock: a second or two, more on a busy CI box. */
    private static final Duration LOGIN = Duration.ofSeconds(15);

    @Test
    void oneGatewayConnectionForTwoInstancesAndTheOtherTakesOverWhenTheHolderIsKilled() throws Exception {
        TestDatabase.reset();
        try (FakeTwilio twilio = FakeTwilio.start();
             FakeDiscord discord = FakeDiscord.start();
             Cluster cluster = new Cluster("discord-failover", twilio, discord)
                     .with("beloved.discord.takeover-interval", TAKEOVER.toSeconds() + "s")) {
            BelovedProcess holder = cluster.startHealthy(1).get(0);
            discord.awaitConnected(LOGIN.plus(TAKEOVER));
            assertThat(discord.identifies()).as("IDENTIFYs with one instance up").isEqualTo(1);

            BelovedProcess standby = cluster.startHealthy(1).get(0);
            // Past two takeover intervals and a login: a second connection would have come by now.
            Thread.sleep(TAKEOVER.multipliedBy(2).plus(LOGIN.dividedBy(3)).toMillis());
            assertThat(discord.identifies()).as("IDENTIFYs with %s and %s up", holder, standby).isEqualTo(1);
            assertAnsweredOnce(discord, discord.addUser("texter before"));

            holder.kill();
            Instant killed = Instant.now();
            await().atMost(TAKEOVER.plus(LOGIN)).pollInterval(Duration.ofMillis(100))
                    .until(() -> discord.identifies() == 2);
            discord.awaitConnected(Duration.ofSeconds(5));
            System.out.printf("%s connected %d ms after %s was killed (takeover interval %d s)%n", standby,
                    Duration.between(killed, Instant.now()).toMillis(), holder, TAKEOVER.toSeconds());
            assertThat(standby.alive()).isTrue();
            assertAnsweredOnce(discord, discord.addUser("texter after"));
            assertThat(discord.identifies()).as("IDENTIFYs after the take-over").isEqualTo(2);
        }
    }

    /**
     * A DM gets an answer, and no part of it twice (a long answer may come in several messages; an
     * answer from two instances would repeat them).
     */
    private static void assertAnsweredOnce(FakeDiscord discord, FakeUser user) throws InterruptedException {
        String channel = discord.directMessageChannel(user);
        String path = "/channels/" + channel + "/messages";
        discord.directMessage(user, "HELP");
        discord.awaitCall("POST", path, Duration.ofSeconds(20));
        Thread.sleep(3000);   // a second instance's answer would come within this
        List<String> answers = discord.calls("POST", path).stream().map(Call::body).toList();
        assertThat(answers).as("answers to %s's DM", user.username()).doesNotHaveDuplicates().isNotEmpty();
    }
}
