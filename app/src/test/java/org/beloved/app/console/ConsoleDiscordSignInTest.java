package org.beloved.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.beloved.BelovedApplication;
import org.beloved.bot.DiscordGateway;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeUser;
import org.beloved.organizers.AuditLog;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in to the organizer console with a Discord user id, over real HTTP, with real JDA against
 * {@link FakeDiscord}: the organizer named in {@code beloved.organizers.discord-user-ids} types their
 * id, the bot opens a DM channel with them and posts the 6-digit code there, and that code signs them
 * in; an id that is no organizer gets the same pages and no DM. Nothing the app stores holds the code.
 * The context goes with the class: JDA is shut down before the fake Discord it talks to.
 */
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"beloved.discord.takeover-interval=2s",
                "spring.quartz.properties.org.quartz.scheduler.instanceName=console-discord-sign-in-test"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ConsoleDiscordSignInTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    private static final FakeDiscord DISCORD = FakeDiscord.start();
    private static final FakeUser ORGANIZER = DISCORD.addUser("ana-organizer");
    private static final FakeUser STRANGER = DISCORD.addUser("not-an-organizer");

    @LocalServerPort
    int port;

    @Autowired
    DiscordGateway gateway;

    @Autowired
    AuditLog audit;

    @Autowired
    OrganizerRoster roster;

    @DynamicPropertySource
    static void discordSettings(DynamicPropertyRegistry registry) {
        registry.add("beloved.discord.token", DISCORD::token);
        registry.add("beloved.discord.api-base-url", DISCORD::apiBaseUrl);
        registry.add("beloved.organizers.discord-user-ids", ORGANIZER::id);
    }

    @AfterAll
    void disconnect() {
        gateway.shards().ifPresent(ShardManager::shutdown);
        DISCORD.close();
    }

    @BeforeEach
    void connected() {
        DISCORD.awaitConnected(WITHIN);
        await().atMost(WITHIN).until(gateway::connected);
    }

    private ConsoleClient client(String address) {
        return new ConsoleClient(port, address);
    }

    private static List<Call> channelOpensFor(FakeUser user) {
        return DISCORD.calls("POST", "/users/@me/channels").stream()
                .filter(c -> c.json().getString("recipient_id", "").equals(user.id())).toList();
    }

    private static List<Call> dmsTo(FakeUser user) {
        return DISCORD.calls("POST", "/channels/" + DISCORD.directMessageChannel(user) + "/messages").stream()
                .filter(c -> c.status() == 200).toList();
    }

    private static String codeIn(Call dm) {
        String text = dm.json().getArray("embeds").getObject(0).getString("description");
        Matcher m = CODE.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        assertThat(text).contains("10 minutes");
        return m.group(1);
    }

    @Test
    void anOrganizerSignsInWithTheCodeTheBotSentThemByDirectMessage() {
        ConsoleClient browser = client("203.0.113.71");
        HttpResponse<String> asked = browser.askCode(" " + ORGANIZER.id() + " ");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/organize/code");

        await().atMost(WITHIN).until(() -> dmsTo(ORGANIZER).size() == 1);
        assertThat(channelOpensFor(ORGANIZER)).as("a DM channel opened for the organizer").hasSize(1);
        String code = codeIn(dmsTo(ORGANIZER).get(0));
        assertThat(StoredText.columnsHolding(code)).as("no table keeps the code").isEmpty();

        HttpResponse<String> signedIn = browser.enterCode(code);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/organize/today");
        HttpResponse<String> today = browser.get("/organize/today");
        assertThat(today.statusCode()).isEqualTo(200);
        assertThat(today.body()).contains("Signed in as Discord");
        String organizerId = Long.toString(roster.onDiscord(ORGANIZER.id()).orElseThrow().id());
        assertThat(audit.newest(null, "console.sign-in", 100)).filteredOn(e -> e.recordId().equals(organizerId))
                .singleElement().satisfies(e -> assertThat(e.channel()).isEqualTo("console"));
        assertThat(TestDatabase.jdbc().sql("select code_hash from console_sign_in_code").query(String.class).list())
                .isNotEmpty().allSatisfy(hash -> assertThat(hash).doesNotContain(code).hasSize(64));
    }

    @Test
    void aDiscordIdThatIsNoOrganizerGetsTheSamePagesAndNoDirectMessage() {
        ConsoleClient stranger = client("203.0.113.72");
        HttpResponse<String> asked = stranger.askCode(STRANGER.id());
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/organize/code");
        HttpResponse<String> codePage = stranger.get("/organize/code");
        assertThat(codePage.statusCode()).isEqualTo(200);
        HttpResponse<String> guess = stranger.enterCode("123456");
        assertThat(guess.statusCode()).isEqualTo(200);
        assertThat(guess.body()).contains("Tries left: 4");

        int organizerDms = dmsTo(ORGANIZER).size();
        client("203.0.113.73").askCode(ORGANIZER.id());
        await().atMost(WITHIN).until(() -> dmsTo(ORGANIZER).size() == organizerDms + 1);   // after the stranger...
        assertThat(channelOpensFor(STRANGER)).as("...and no DM channel opened for the stranger").isEmpty();
        assertThat(dmsTo(STRANGER)).isEmpty();
        assertThat(stranger.get("/organize/today").statusCode()).isEqualTo(302);
    }
}
