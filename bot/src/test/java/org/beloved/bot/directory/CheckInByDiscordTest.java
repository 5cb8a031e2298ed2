package org.beloved.bot.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.beloved.bot.BotTestApplication;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeUser;
import org.beloved.directory.Directory;
import org.beloved.directory.ListingCheckIns;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.shared.Channel;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.MutableClock;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The 90-day listing check-in for listings registered on Discord, through real JDA and
 * {@link FakeDiscord}: the contact is asked by direct message (the outbox's dispatcher runs), and
 * their YES or NO by direct message is the answer; YES and NO with no check-in waiting keep their
 * other meaning. The Quartz job that starts each pass is covered in the app module; here the pass
 * is run directly, with the clock moved past the 90 days. Quiet hours are off.
 */
@CleanDatabase
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BotTestApplication.class, properties = {"beloved.messaging.dispatch-enabled=true",
        "beloved.messaging.dispatch-interval=100ms", "beloved.messaging.quiet-hours=off"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
@Import(CheckInByDiscordTest.MovableClock.class)
class CheckInByDiscordTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final FakeDiscord discord = FakeDiscord.start();
    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @TestConfiguration
    static class MovableClock {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void discordProperties(DynamicPropertyRegistry registry) {
        registry.add("beloved.discord.token", discord::token);
        registry.add("beloved.discord.api-base-url", discord::apiBaseUrl);
    }

    @Autowired
    Directory directory;

    @Autowired
    ListingCheckIns checkIns;

    @BeforeAll
    void connected() {
        discord.awaitConnected(WITHIN);
    }

    private static List<Call> dms(FakeUser user) {
        return discord.calls("POST", "/channels/" + discord.directMessageChannel(user) + "/messages");
    }

    private static String say(FakeUser user, String text) {
        int before = dms(user).size();
        discord.directMessage(user, text);
        return awaitDm(user, before + 1);
    }

    private static String awaitDm(FakeUser user, int n) {
        await().atMost(WITHIN).until(() -> dms(user).size() >= n);
        return dms(user).get(n - 1).body();
    }

    private long listedBy(FakeUser pastor, String name) {
        directory.register(new NewCongregation(name, Tradition.PROTESTANT, "94110", null, "Ana Ruiz",
                "ana@example.org", null, null, false, false, Channel.DISCORD, pastor.id()));
        long id = directory.listingsOf(Channel.DISCORD, pastor.id()).get(0).id();
        directory.approve(id);
        return id;
    }

    private boolean listed(long id) {
        return directory.listed().stream().anyMatch(l -> l.id() == id);
    }

    @Test
    void theContactIsAskedByDirectMessageAndAnswersYesOrNoTheSameWay() {
        FakeUser keeps = discord.addUser("pastor-keeps");
        FakeUser leaves = discord.addUser("pastor-leaves");
        long kept = listedBy(keeps, "Grace Chapel");
        long left = listedBy(leaves, "Hope Church");
        assertThat(say(keeps, "YES")).as("nothing waits: YES keeps its other meaning").contains("no question waiting");

        CLOCK.advance(Duration.ofDays(91));
        assertThat(checkIns.run().asked()).isEqualTo(2);
        assertThat(awaitDm(keeps, 2)).contains("is Grace Chapel still part of the campaign? Reply YES to stay on the map");
        assertThat(awaitDm(leaves, 1)).contains("is Hope Church still part of the campaign?");

        assertThat(say(keeps, "YES")).contains("Grace Chapel stays on the map");
        assertThat(say(leaves, "NO")).contains("Hope Church is off the map now");
        assertThat(listed(kept)).isTrue();
        assertThat(listed(left)).isFalse();
        assertThat(say(leaves, "NO")).as("answered: NO keeps its other meaning").contains("no question waiting");
        assertThat(checkIns.run().asked()).as("nothing more to ask").isZero();
    }
}
