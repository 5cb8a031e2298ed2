package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.beloved.bot.testing.Actor;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeInteraction;
import org.beloved.bot.testing.FakeUser;
import org.beloved.bot.testing.Option;
import org.beloved.conversation.Conversations;
import org.beloved.conversation.Reply;
import org.beloved.directory.Congregation;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Interaction robustness through real JDA and {@link FakeDiscord}: errors after a deferral, the
 * Discord executor, autocomplete from memory, expiring destructive buttons and direct messages
 * (split, failures answered, per-user limit). The conversation engine is a spy only to inject a
 * failure and an over-long reply; everything else is real.
 */
@CleanDatabase
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = {BotTestApplication.class, DiscordRobustnessTest.Failing.class}, properties = {
        "beloved.discord.dm-rate-limit=3", "beloved.discord.dm-rate-window=10m"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class DiscordRobustnessTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final FakeDiscord discord = FakeDiscord.start();

    @DynamicPropertySource
    static void discordProperties(DynamicPropertyRegistry registry) {
        registry.add("beloved.discord.token", discord::token);
        registry.add("beloved.discord.api-base-url", discord::apiBaseUrl);
        registry.add("beloved.discord.guild-ids", () -> discord.guild().id());
        registry.add("beloved.discord.organizer-role-id", () -> discord.guild().organizerRoleId());
    }

    /** Commands that fail after acknowledging, each in one of the ways a handler can. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Failing {

        @Bean
        SlashCommand throwsAfterDeferring() {
            return command("throws-after-deferring", (event, interactions) -> {
                event.deferReply(true).queue();
                throw new IllegalStateException("a bug after the deferral");
            });
        }

        @Bean
        SlashCommand failsInPublicWork() {
            return command("fails-in-public-work", (event, interactions) -> interactions.defer(event, false, language -> {
                throw new IllegalStateException("a bug in the work");
            }));
        }

        /** A button whose redraw fails: the message it is on must stay as it was. */
        @Bean
        ButtonHandler failsOnUpdate() {
            return new ButtonHandler() {
                @Override
                public String id() {
                    return "fails-on-update";
                }

                @Override
                public void handle(net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent event,
                        ComponentId componentId, Interactions interactions) {
                    interactions.update(event, language -> {
                        throw new IllegalStateException("a bug in the redraw");
                    });
                }
            };
        }

        private static SlashCommand command(String name, java.util.function.BiConsumer<SlashCommandInteractionEvent, Interactions> body) {
            return new SlashCommand() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public SlashCommandData definition(BotTexts texts) {
                    return Commands.slash(name, "A test command that fails");
                }

                @Override
                public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
                    body.accept(event, interactions);
                }
            };
        }
    }

    @Autowired
    DiscordGateway gateway;

    @Autowired
    @Qualifier("discordExecutor")
    ThreadPoolTaskExecutor executor;

    @Autowired
    Directory directory;

    @Autowired
    Webinars webinars;

    @MockitoSpyBean
    Conversations conversations;

    @BeforeAll
    void connected() {
        discord.awaitConnected(WITHIN);
    }

    @AfterEach
    void everyInteractionWasAcknowledged() {
        try {
            discord.assertEveryInteractionAcknowledged();
        } finally {
            discord.clearInteractions();
        }
    }

    @AfterAll
    void disconnect() {
        gateway.shards().ifPresent(ShardManager::shutdown);
        discord.close();
    }

    private Actor organizer(String name) {
        return Actor.member(discord.guild(), discord.addUser(name), discord.guild().organizerRoleId());
    }

    // ---- errors after a deferral

    @Test
    void aHandlerThatThrowsAfterDeferringAnswersTheErrorByEditingTheDeferredReply() {
        FakeInteraction command = discord.slashCommand(Actor.member(discord.guild(), discord.addUser("hana")),
                "throws-after-deferring");

        Call callback = discord.awaitCallback(command, WITHIN);
        assertThat(callback.json().getInt("type")).isEqualTo(5);
        assertThat(callback.json().getObject("data").getInt("flags")).isEqualTo(64);
        Call edit = discord.awaitOriginalEdit(command, WITHIN);
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.json().getString("content")).isEqualTo("Sorry, something went wrong. Please try again in a moment.");
        assertThat(discord.calls("POST", "/interactions/" + command.id() + "/.*/callback")).hasSize(1);
    }

    @Test
    void workThatFailsAfterAPublicDeferralRemovesTheThinkingAndTellsOnlyTheUser() {
        FakeInteraction command = discord.slashCommand(Actor.member(discord.guild(), discord.addUser("ivan")),
                "fails-in-public-work");

        Call callback = discord.awaitCallback(command, WITHIN);
        assertThat(callback.json().getInt("type")).isEqualTo(5);
        assertThat(callback.json().optObject("data").map(d -> d.getInt("flags", 0)).orElse(0) & 64).isZero();   // public
        Call deleted = discord.awaitCall(c -> c.is("DELETE", "/webhooks/.*/" + command.token() + "/messages/@original"), WITHIN);
        assertThat(deleted.status()).isEqualTo(204);
        Call followUp = discord.awaitCall(c -> c.is("POST", "/webhooks/.*/" + command.token()), WITHIN);
        assertThat(followUp.status()).isEqualTo(200);
        assertThat(followUp.json().getString("content")).contains("Sorry, something went wrong");
        assertThat(followUp.json().getInt("flags")).isEqualTo(64);
    }

    @Test
    void aButtonWhoseUpdateFailsLeavesItsMessageAndTellsOnlyTheUser() {
        FakeInteraction click = discord.button(Actor.member(discord.guild(), discord.addUser("rafa")), "fails-on-update", null);

        assertThat(discord.awaitCallback(click, WITHIN).json().getInt("type")).isEqualTo(6);
        Call followUp = discord.awaitCall(c -> c.is("POST", "/webhooks/.*/" + click.token()), WITHIN);
        assertThat(followUp.json().getString("content")).contains("Sorry, something went wrong");
        assertThat(followUp.json().getInt("flags")).isEqualTo(64);
        assertThat(discord.calls("PATCH", "/webhooks/.*/" + click.token() + "/messages/@original")).isEmpty();
    }

    // ---- the executor and autocomplete

    @Test
    void theDiscordExecutorStartsAllItsThreadsBeforeQueueing() throws Exception {
        assertThat(executor.getCorePoolSize()).isEqualTo(executor.getMaxPoolSize()).isGreaterThan(2);
        CountDownLatch release = new CountDownLatch(1);
        try {
            for (int i = 0; i < executor.getMaxPoolSize(); i++) {
                executor.execute(() -> awaitQuietly(release));
            }
            await().atMost(WITHIN).until(() -> executor.getActiveCount() == executor.getMaxPoolSize());
        } finally {
            release.countDown();
        }
    }

    @Test
    void webinarSuggestionsComeFromMemoryEvenWhileEveryDiscordThreadIsBusy() {
        Webinar webinar = webinars.create(new WebinarDraft("Sanctuary briefing", "", "2030-11-03T18:00", "America/Chicago",
                60, "https://meet.example.org/s", "en")).webinar().orElseThrow();
        Actor organizer = organizer("june");
        await().atMost(WITHIN).until(() -> suggestions(organizer).toString().contains("Sanctuary briefing"));

        CountDownLatch release = new CountDownLatch(1);
        try {
            for (int i = 0; i < executor.getMaxPoolSize() + 5; i++) {
                executor.execute(() -> awaitQuietly(release));
            }
            await().atMost(WITHIN).until(() -> executor.getActiveCount() == executor.getMaxPoolSize());

            DataArray choices = suggestions(organizer);
            assertThat(choices.length()).isEqualTo(1);
            assertThat(choices.getObject(0).getString("value")).isEqualTo(Long.toString(webinar.id()));
        } finally {
            release.countDown();
        }
        // every autocomplete here was answered within Discord's 3 s: checked after each test
    }

    private DataArray suggestions(Actor organizer) {
        FakeInteraction typing = discord.autocomplete(organizer, "webinar",
                Option.subcommand("cancel", Option.focused("webinar", "sanctuary")));
        Call callback = discord.awaitCallback(typing, WITHIN);
        assertThat(callback.json().getInt("type")).isEqualTo(8);
        return callback.json().getObject("data").getArray("choices");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- destructive buttons expire

    @Test
    void aHideButtonIssuedSixteenMinutesAgoIsAnsweredAndHidesNothing() {
        long pending = register("Iglesia San Pablo", "pablo@example.org");
        Actor organizer = organizer("kira");
        String stale = ComponentId.of("hide", Long.toString(pending)).issuedAt(Instant.now().minus(Duration.ofMinutes(16))).encode();
        String oldFormat = ComponentId.of("hide", Long.toString(pending)).encode();

        for (String id : List.of(stale, oldFormat)) {
            FakeInteraction click = discord.button(organizer, id, null);
            Call callback = discord.awaitCallback(click, WITHIN);
            assertThat(callback.json().getInt("type")).isEqualTo(4);
            assertThat(callback.json().getObject("data").getString("content"))
                    .isEqualTo("That button has expired. Please run the command again.");
            assertThat(callback.json().getObject("data").getInt("flags")).isEqualTo(64);
        }
        assertThat(directory.find(pending).orElseThrow().status()).isEqualTo(Congregation.Status.PENDING);

        String fresh = ComponentId.of("hide", Long.toString(pending)).issuedAt(Instant.now().minus(Duration.ofMinutes(14))).encode();
        FakeInteraction click = discord.button(organizer, fresh, null);
        assertThat(discord.awaitCallback(click, WITHIN).json().getInt("type")).isEqualTo(6);   // the list is redrawn in place
        assertThat(discord.awaitOriginalEdit(click, WITHIN).json().getString("content")).contains("is hidden");
        assertThat(directory.find(pending).orElseThrow().status()).isEqualTo(Congregation.Status.HIDDEN);
    }

    @Test
    void aCancelConfirmationClickedSixteenMinutesLaterDoesNotCancel() {
        Webinar webinar = webinars.create(new WebinarDraft("Know your sheriff", "", "2030-10-01T18:00", "America/Chicago",
                60, "https://meet.example.org/k", "en")).webinar().orElseThrow();
        Actor organizer = organizer("lena");
        FakeInteraction ask = discord.slashCommand(organizer, "webinar",
                Option.subcommand("cancel", Option.string("webinar", Long.toString(webinar.id()))));
        Call question = discord.awaitOriginalEdit(ask, WITHIN);
        String yes = question.json().getArray("components").getObject(0).getArray("components").getObject(0)
                .getString("custom_id");
        ComponentId issued = ComponentId.parse(yes).orElseThrow();
        assertThat(issued.issued()).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now());

        ComponentId late = issued.issuedAt(issued.issued().minus(Duration.ofMinutes(16)));
        FakeInteraction click = discord.button(organizer, late.encode(), null);

        Call callback = discord.awaitCallback(click, WITHIN);
        assertThat(callback.json().getInt("type")).isEqualTo(4);
        assertThat(callback.json().getObject("data").getString("content")).contains("expired");
        assertThat(webinars.upcoming()).extracting(Webinar::id).contains(webinar.id());
    }

    private long register(String name, String email) {
        return directory.register(new NewCongregation(name, Tradition.CATHOLIC, "10001", null, "Rosa Díaz", email,
                null, null, false, false, Channel.WEB, "web-" + name.hashCode())).id();
    }

    // ---- /approve as paged embeds

    @Test
    void fiveLongPendingEntriesFitDiscordsLimitsOnPagesAndADecisionRedrawsTheListInPlace() {
        for (int i = 1; i <= 5; i++) {   // each at the registration's limits: name 120, contact 80, email 254
            String name = (i + " Long Name Congregation of the Holy Spirit ".repeat(4)).substring(0, 119).strip() + i;
            String email = "a".repeat(63) + i + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(53) + ".org";
            var result = directory.register(new NewCongregation(name, Tradition.CATHOLIC, "10001", null,
                    ("Contact Person " + i).repeat(6).substring(0, 80), email, null, null, false, false, Channel.WEB,
                    "web-long-" + i));
            assertThat(result.problems()).isEmpty();
            assertThat(result.status()).isEqualTo(Congregation.Status.PENDING);
        }
        Actor organizer = organizer("pia");

        FakeInteraction approve = discord.slashCommand(organizer, "approve");
        Call first = discord.awaitOriginalEdit(approve, WITHIN);
        assertWithinDiscordLimits(first.json());
        assertThat(first.json().getArray("embeds").length()).as(first.json().toString()).isEqualTo(1);
        assertThat(first.json().getArray("embeds").getObject(0).getString("title")).isEqualTo("5 waiting for review - page 1 of 2");
        assertThat(first.json().getArray("embeds").getObject(0).getArray("fields").length()).isEqualTo(4);
        DataArray rows = first.json().getArray("components");
        assertThat(rows.length()).isEqualTo(5);
        DataArray paging = rows.getObject(4).getArray("components");
        assertThat(paging.getObject(0).getBoolean("disabled")).isTrue();   // Previous, on the first page
        String message = first.responseJson().getString("id");

        FakeInteraction next = discord.button(organizer, paging.getObject(1).getString("custom_id"), message);
        assertThat(discord.awaitCallback(next, WITHIN).json().getInt("type")).isEqualTo(6);   // deferred update
        Call second = discord.awaitOriginalEdit(next, WITHIN);
        assertWithinDiscordLimits(second.json());
        DataObject fifth = second.json().getArray("embeds").getObject(0).getArray("fields").getObject(0);
        assertThat(fifth.getString("name")).startsWith("5. 5 Long Name");
        assertThat(fifth.getString("value")).contains("d".repeat(53) + ".org");
        assertThat(fieldText(first.json()) + fieldText(second.json())).as("as one plain message it would not fit")
                .isGreaterThan(2000);
        String hideFifth = second.json().getArray("components").getObject(0).getArray("components").getObject(1)
                .getString("custom_id");

        FakeInteraction hide = discord.button(organizer, hideFifth, message);
        assertThat(discord.awaitCallback(hide, WITHIN).json().getInt("type")).isEqualTo(6);
        Call redrawn = discord.awaitOriginalEdit(hide, WITHIN);
        assertWithinDiscordLimits(redrawn.json());
        assertThat(redrawn.json().getString("content")).startsWith("5 Long Name").endsWith("is hidden.");
        assertThat(redrawn.json().getArray("embeds").getObject(0).getString("title")).isEqualTo("4 waiting for review - page 1 of 1");
        assertThat(redrawn.json().getArray("components").length()).isEqualTo(4);   // no page buttons left
        assertThat(redrawn.json().toString()).doesNotContain(hideFifth);
    }

    private static int fieldText(DataObject message) {
        DataArray fields = message.getArray("embeds").getObject(0).getArray("fields");
        int length = 0;
        for (int f = 0; f < fields.length(); f++) {
            length += fields.getObject(f).getString("name").length() + fields.getObject(f).getString("value").length();
        }
        return length;
    }

    /** Discord refuses a message past any of these; the fake does not check them, so the test does. */
    private static void assertWithinDiscordLimits(DataObject message) {
        assertThat(message.getString("content", "").length()).isLessThanOrEqualTo(2000);
        assertThat(message.getArray("components").length()).isLessThanOrEqualTo(5);
        DataArray embeds = message.getArray("embeds");
        int total = 0;
        for (int e = 0; e < embeds.length(); e++) {
            DataObject embed = embeds.getObject(e);
            String title = embed.getString("title", "");
            assertThat(title.length()).isLessThanOrEqualTo(256);
            assertThat(embed.getString("description", "").length()).isLessThanOrEqualTo(4096);
            DataArray fields = embed.getArray("fields");
            assertThat(fields.length()).isLessThanOrEqualTo(25);
            total += title.length() + embed.getString("description", "").length();
            for (int f = 0; f < fields.length(); f++) {
                String name = fields.getObject(f).getString("name");
                String value = fields.getObject(f).getString("value");
                assertThat(name.length()).isLessThanOrEqualTo(256);
                assertThat(value.length()).isLessThanOrEqualTo(1024);
                total += name.length() + value.length();
            }
        }
        assertThat(total).isLessThanOrEqualTo(6000);
    }

    // ---- direct messages

    @Test
    void aLongReplyIsSplitAtParagraphsWithinTwoThousandCharacters() {
        String first = "a".repeat(900);
        String second = "b".repeat(900);
        String third = "c".repeat(900);
        doReturn(new Reply(Language.EN, List.of(first + "\n\n" + second + "\n\n" + third)))
                .when(conversations).handle(argThat(i -> i != null && "LONG ONE".equals(i.text())));
        FakeUser mia = discord.addUser("mia");

        discord.directMessage(mia, "LONG ONE");

        String channel = "/channels/" + discord.directMessageChannel(mia) + "/messages";
        await().atMost(WITHIN).until(() -> discord.calls("POST", channel).size() == 2);
        List<String> sent = discord.calls("POST", channel).stream().map(c -> c.json().getString("content")).toList();
        assertThat(sent).containsExactly(first + "\n\n" + second, third);
        assertThat(discord.calls("POST", channel)).allSatisfy(c -> assertThat(c.status()).isEqualTo(200));
    }

    @Test
    void aFailureInTheConversationIsAnsweredPolitely() {
        doThrow(new IllegalStateException("the engine broke"))
                .when(conversations).handle(argThat(i -> i != null && "BREAK IT".equals(i.text())));
        FakeUser noor = discord.addUser("noor");

        discord.directMessage(noor, "BREAK IT");

        Call reply = discord.awaitCall("POST", "/channels/" + discord.directMessageChannel(noor) + "/messages", WITHIN);
        assertThat(reply.json().getString("content"))
                .isEqualTo("Sorry, something went wrong with that message. Please try again in a moment.");
    }

    @Test
    void pastTheDirectMessageLimitOneNoticeThenSilence() {
        FakeUser omar = discord.addUser("omar");
        String channel = "/channels/" + discord.directMessageChannel(omar) + "/messages";

        for (int i = 1; i <= 3; i++) {
            discord.directMessage(omar, "HELP");
            int expected = i;
            await().atMost(WITHIN).until(() -> discord.calls("POST", channel).size() == expected);
        }
        discord.directMessage(omar, "HELP");
        Call notice = await().atMost(WITHIN).until(() -> discord.calls("POST", channel),
                calls -> calls.size() == 4).get(3);
        assertThat(notice.json().getString("content")).contains("a lot of messages in a short time");
        discord.directMessage(omar, "HELP");
        discord.directMessage(omar, "HELP");

        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2))
                .until(() -> discord.calls("POST", channel).size() == 4);
        assertThat(discord.calls("POST", channel).subList(0, 3))
                .allSatisfy(c -> assertThat(c.json().getString("content")).contains("DELETE MY DATA"));
    }
}
