package org.beloved.bot.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.beloved.bot.BotTestApplication;
import org.beloved.bot.testing.Actor;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeInteraction;
import org.beloved.bot.testing.FakeUser;
import org.beloved.bot.testing.Option;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.shared.Channel;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * CONNECT n between Discord users, by direct message, through real JDA and {@link FakeDiscord}: a
 * listing registered on Discord is asked by DM (the outbox's dispatcher runs), and its YES or NO
 * reaches the volunteer by DM; an ask expires after 7 days; DELETE MY DATA on either side erases it.
 * /partners offers a "Connect n" button for each listing that can be asked. Quiet hours are off, so that the test does not depend on the hour it runs.
 */
@CleanDatabase
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BotTestApplication.class, properties = {"beloved.messaging.dispatch-enabled=true",
        "beloved.messaging.dispatch-interval=100ms", "beloved.messaging.quiet-hours=off"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ConnectByDiscordTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final FakeDiscord discord = FakeDiscord.start();

    @DynamicPropertySource
    static void discordProperties(DynamicPropertyRegistry registry) {
        registry.add("beloved.discord.token", discord::token);
        registry.add("beloved.discord.api-base-url", discord::apiBaseUrl);
    }

    @Autowired
    Directory directory;

    @BeforeAll
    void connected() {
        discord.awaitConnected(WITHIN);
    }

    private static List<Call> dms(FakeUser user) {
        return discord.calls("POST", "/channels/" + discord.directMessageChannel(user) + "/messages");
    }

    /** Sends a DM and returns the bot's answer (the user's next DM from the bot). */
    private static String say(FakeUser user, String text) {
        int before = dms(user).size();
        discord.directMessage(user, text);
        return awaitDm(user, before + 1);
    }

    /** The {@code n}th DM the bot sent the user (1-based), once it was sent. */
    private static String awaitDm(FakeUser user, int n) {
        await().atMost(WITHIN).until(() -> dms(user).size() >= n);
        return dms(user).get(n - 1).body();
    }

    private void listedBy(FakeUser pastor, String name) {
        directory.register(new NewCongregation(name, Tradition.PROTESTANT, "94110", null, "Ana Ruiz",
                "ana@example.org", null, null, false, false, Channel.DISCORD, pastor.id()));
        directory.approve(directory.listingsOf(Channel.DISCORD, pastor.id()).get(0).id());
    }

    private static long requests() {
        return TestDatabase.jdbc().sql("select count(*) from connect_request").query(Long.class).single();
    }

    @Test
    void theListingIsAskedByDirectMessageAndItsYesReachesTheVolunteer() {
        FakeUser pastor = discord.addUser("pastor-yes");
        FakeUser volunteer = discord.addUser("volunteer-yes");
        listedBy(pastor, "Grace Chapel");
        assertThat(say(volunteer, "94110")).contains("Grace Chapel", "CONNECT 1").doesNotContain("ana@example.org");
        assertThat(say(volunteer, "CONNECT 1")).contains("We asked Grace Chapel privately");

        String ask = awaitDm(pastor, 1);
        assertThat(ask).contains("A volunteer near 94110 would like to connect about the campaign",
                "Reply YES to share your contact").doesNotContain(volunteer.id());
        assertThat(say(pastor, "YES")).contains("sending your contact");
        assertThat(awaitDm(volunteer, 3)).contains("Grace Chapel said yes! Their contact: Ana Ruiz, ana@example.org")
                .doesNotContain(pastor.id());
    }

    @Test
    void partnersOffersAConnectButtonForListingsThatCanBeAsked() {
        FakeUser pastor = discord.addUser("pastor-button");
        FakeUser volunteer = discord.addUser("volunteer-button");
        listedBy(pastor, "Button Chapel");
        directory.register(new NewCongregation("Web Only Chapel", Tradition.QUAKER, "94110", null, "Bo Lee",
                "bo@example.org", null, null, false, false, Channel.WEB, null));
        directory.approve(directory.pending(10).get(0).id());

        FakeInteraction search = discord.slashCommand(Actor.member(discord.guild(), volunteer), "partners",
                Option.string("zip", "94110"));
        Call listed = discord.awaitOriginalEdit(search, WITHIN);
        long buttonChapel = directory.listingsOf(Channel.DISCORD, pastor.id()).get(0).id();
        String customId = "connect:" + buttonChapel + ":94110";
        assertThat(listed.body()).contains("Button Chapel", "Web Only Chapel", customId)
                .as("one button: the web sign-up without a phone cannot be asked").containsOnlyOnce("\"connect:");

        FakeInteraction click = discord.button(Actor.member(discord.guild(), volunteer), customId,
                listed.responseJson().getString("id"));
        assertThat(discord.awaitOriginalEdit(click, WITHIN).json().getString("content"))
                .contains("We asked Button Chapel privately");
        assertThat(awaitDm(pastor, 1)).contains("A volunteer near 94110 would like to connect");
        assertThat(say(pastor, "YES")).contains("sending your contact");
        assertThat(awaitDm(volunteer, 1)).contains("Button Chapel said yes! Their contact: Ana Ruiz, ana@example.org");
    }

    @Test
    void aNoIsPassedOnWithoutDetails() {
        FakeUser pastor = discord.addUser("pastor-no");
        FakeUser volunteer = discord.addUser("volunteer-no");
        listedBy(pastor, "Hope Church");
        say(volunteer, "94110");
        say(volunteer, "CONECTAR 1");
        awaitDm(pastor, 1);
        assertThat(say(pastor, "NO")).contains("without any of your details");
        assertThat(awaitDm(volunteer, 3)).contains("Hope Church cannot connect right now")
                .doesNotContain("ana@example.org").doesNotContain("Ana Ruiz");
    }

    @Test
    void anExpiredAskSharesNothing() {
        FakeUser pastor = discord.addUser("pastor-late");
        FakeUser volunteer = discord.addUser("volunteer-late");
        listedBy(pastor, "Late Chapel");
        say(volunteer, "94110");
        say(volunteer, "CONNECT 1");
        awaitDm(pastor, 1);
        TestDatabase.jdbc().sql("update connect_request set created_at = created_at - interval '8 days'").update();
        assertThat(say(pastor, "YES")).contains("expired");
        assertThat(TestDatabase.jdbc().sql("select count(*) from outbox where kind = 'connect-shared'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void deleteMyDataOnEitherSideErasesTheRequest() {
        FakeUser pastor = discord.addUser("pastor-erase");
        FakeUser volunteer = discord.addUser("volunteer-erase");
        listedBy(pastor, "Erased Chapel");
        say(volunteer, "94110");
        say(volunteer, "CONNECT 1");
        awaitDm(pastor, 1);
        assertThat(say(volunteer, "DELETE MY DATA")).contains("YES");
        assertThat(say(volunteer, "YES")).contains("Done.", "1 contact request");
        assertThat(requests()).isZero();
        assertThat(say(pastor, "YES")).as("the ask is gone").contains("no question waiting");

        FakeUser other = discord.addUser("volunteer-erase-2");
        say(other, "94110");
        say(other, "CONNECT 1");
        awaitDm(pastor, 3);
        assertThat(say(pastor, "DELETE MY DATA")).contains("YES");
        assertThat(say(pastor, "YES")).contains("Done.");
        assertThat(requests()).isZero();
        assertThat(say(pastor, "YES")).contains("no question waiting");
        assertThat(TestDatabase.jdbc().sql("select count(*) from outbox where kind in ('connect-shared', 'connect-declined')")
                .query(Long.class).single()).isZero();
    }
}
