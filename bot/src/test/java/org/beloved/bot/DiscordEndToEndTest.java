package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.beloved.bot.testing.Actor;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeInteraction;
import org.beloved.bot.testing.FakeGuild;
import org.beloved.bot.testing.FakeUser;
import org.beloved.bot.testing.Fault;
import org.beloved.bot.testing.Option;
import org.beloved.messaging.Reachability;
import org.beloved.shared.Language;
import org.beloved.shared.Channel;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Reminders;
import org.beloved.webinars.Subscriptions;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Discord adapter as it runs in production: real JDA (its REST client, rate limiter and
 * zlib-compressed gateway) logs in to {@link FakeDiscord} with a token and
 * {@code beloved.discord.api-base-url}, and users act through real gateway events. After each
 * test every interaction must have been acknowledged within Discord's 3 seconds.
 */
@CleanDatabase
@DirtiesContext   // JDA stays connected to this class's fake, and its outbox dispatcher runs
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = {BotTestApplication.class, DiscordEndToEndTest.NeverAcknowledging.class}, properties = {
        "beloved.discord.admin-role=Organizer", "beloved.messaging.dispatch-enabled=true",
        "beloved.messaging.dispatch-interval=100ms"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class DiscordEndToEndTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final FakeDiscord discord = FakeDiscord.start();
    /** A server of its own for the announcement with a role, so that its posts never mix with the first server's. */
    private static final FakeGuild chapel = discord.addGuild("Chapel server");
    private static final FakeGuild quiet = discord.addGuild("Quiet server");

    @DynamicPropertySource
    static void discordProperties(DynamicPropertyRegistry registry) {
        registry.add("beloved.discord.token", discord::token);
        registry.add("beloved.discord.api-base-url", discord::apiBaseUrl);
    }

    /** A deliberately broken command: it neither defers nor replies, as if a {@code queue()} were missing. */
    @TestConfiguration(proxyBeanMethods = false)
    static class NeverAcknowledging {
        static final AtomicInteger CALLED = new AtomicInteger();

        @Bean
        SlashCommand neverAcknowledges() {
            return new SlashCommand() {
                @Override
                public String name() {
                    return "never-acknowledges";
                }

                @Override
                public SlashCommandData definition(BotTexts texts) {
                    return Commands.slash(name(), "A test command that forgets to answer");
                }

                @Override
                public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
                    CALLED.incrementAndGet();
                }
            };
        }
    }

    @Autowired
    DiscordGateway gateway;

    @Autowired
    CommandRegistrar registrar;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Webinars webinars;

    @Autowired
    Reminders reminders;

    @Autowired
    Reachability reachability;

    @Autowired
    BotTexts texts;

    @BeforeAll
    void connected() {
        discord.awaitConnected(WITHIN);
    }

    @AfterEach
    void everyInteractionWasAcknowledged() {
        try {
            discord.assertEveryInteractionAcknowledged();
        } finally {
            discord.clearInteractions();   // a failure belongs to this test alone
        }
    }

    @AfterAll
    void disconnect() {
        gateway.shards().ifPresent(ShardManager::shutdown);   // before the fake goes, so that JDA does not try to reconnect to it
        discord.close();
    }

    @Test
    void jdaLogsInOverTheCompressedGatewayAndRegistersTheCommands() {
        Call put = discord.awaitCall("PUT", "/applications/" + discord.bot().id() + "/commands", WITHIN);

        assertThat(put.status()).isEqualTo(200);
        assertThat(discord.registeredCommandNames("global"))
                .contains("help", "language", "announce-channel", "partners", "register", "toolkit", "webinars", "remind")
                .doesNotContain("approve", "webinar")   // no organizing server nor organizer configured: not registered
                .containsExactlyInAnyOrderElementsOf(registrar.definitions().stream().map(CommandData::getName).toList());
        assertThat(discord.gatewayQueries()).isNotEmpty()
                .allSatisfy(query -> assertThat(query).contains("v=10", "encoding=json", "compress=zlib-stream"));
        assertThat(discord.calls("GET", "/gateway/bot")).isNotEmpty();
        assertThat(discord.identifies()).isEqualTo(1);
    }

    @Autowired
    CommandMentions mentions;

    /** Registration answered and its ids kept: /help then shows mentions. */
    private String helpMention() {
        await().atMost(WITHIN).until(() -> mentions.mention("help", null).startsWith("</"));
        return "</help:" + discord.registeredCommandId("global", "help") + ">";
    }

    /** Since issue 14 /help's lines start with clickable mentions (</help:id>) rather than "/help". */
    @Test
    void helpIsDeferredThenAnsweredByEditingTheOriginalResponse() {
        String mentioned = helpMention();
        FakeUser ana = discord.addUser("ana");

        FakeInteraction help = discord.slashCommand(Actor.member(discord.guild(), ana), "help");

        Call callback = discord.awaitCallback(help, WITHIN);
        assertThat(callback.status()).isEqualTo(204);
        assertThat(callback.json().getInt("type")).isEqualTo(5);   // deferred channel message
        assertThat(callback.json().getObject("data").getInt("flags")).isEqualTo(64);   // ephemeral
        Call edit = discord.awaitOriginalEdit(help, WITHIN);
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.json().getString("content")).contains("Beloved helps faith communities", mentioned + " - this list",
                "</partners:" + discord.registeredCommandId("global", "partners") + "> - partner congregations near a ZIP code");
    }

    @Test
    void helpInADirectMessageIsAnsweredInTheDirectMessageChannel() {
        FakeUser ben = discord.addUser("ben");

        discord.directMessage(ben, "HELP");

        Call reply = discord.awaitCall("POST", "/channels/" + discord.directMessageChannel(ben) + "/messages", WITHIN);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getString("content")).contains("94110 (your ZIP code)", "MENU - leave a form and start over",
                "DELETE MY DATA");
    }

    @Test
    void aWebinarReminderReachesADiscordSubscriberThroughTheOutboxAsADirectMessage() {
        FakeUser cleo = discord.addUser("cleo");
        subscriptions.subscribe(Channel.DISCORD, cleo.id(), ZoneOffset.UTC);
        Webinar webinar = webinars.create(new WebinarDraft("Meet your officials", "", "2030-12-10T19:00",
                "America/Chicago", 60, "https://meet.example.org/x", "en")).webinar().orElseThrow();

        assertThat(reminders.fire(webinar.id(), Duration.ofHours(1))).isEqualTo(1);

        String dm = discord.directMessageChannel(cleo);
        Call sent = discord.awaitCall("POST", "/channels/" + dm + "/messages", WITHIN);
        List<Call> calls = discord.calls();
        Call opened = discord.awaitCall(c -> c.is("POST", "/users/@me/channels")
                && c.json().getString("recipient_id").equals(cleo.id()), WITHIN);
        assertThat(calls.indexOf(opened)).isLessThan(calls.indexOf(sent));
        // the DM channel is opened by the user id: no user lookup first
        assertThat(discord.calls("GET", "/users/" + cleo.id())).isEmpty();
        DataObject embed = sent.json().getArray("embeds").getObject(0);
        assertThat(embed.getString("description")).contains("Meet your officials",
                "<t:" + webinar.start().getEpochSecond() + ":F>", "https://meet.example.org/x");
        String messageId = sent.responseJson().getString("id");
        await().atMost(WITHIN).until(() -> TestDatabase.jdbc()
                .sql("select status || ':' || external_id from outbox").query(String.class).optional()
                .orElse("").equals("sent:" + messageId));
        // the outbox id travels as the enforced nonce: a repeated post returns this message, verify finds it
        long outboxId = TestDatabase.jdbc().sql("select id from outbox").query(Long.class).single();
        assertThat(sent.json().getString("nonce")).isEqualTo(Long.toString(outboxId));
        assertThat(sent.json().getBoolean("enforce_nonce")).isTrue();
    }

    /** The calls about this user's DM: opening its channel and posting to it. */
    private static List<Call> dmCallsOf(FakeUser user) {
        return discord.calls().stream().filter(c -> c.is("POST", messagesTo(user))
                || c.is("POST", "/users/@me/channels") && c.json().getString("recipient_id").equals(user.id())).toList();
    }

    private static long sentInOutbox() {
        return TestDatabase.jdbc().sql("select count(*) from outbox where status = 'sent'").query(Long.class).single();
    }

    @Test
    void theSecondReminderToAUserIsOneRestCallToTheStoredDirectMessageChannel() {
        FakeUser kim = discord.addUser("kim");
        subscriptions.subscribe(Channel.DISCORD, kim.id(), ZoneOffset.UTC);
        Webinar webinar = webinars.create(new WebinarDraft("Meet your sheriff", "", "2030-12-11T19:00",
                "America/Chicago", 60, "https://meet.example.org/s", "en")).webinar().orElseThrow();
        assertThat(reminders.fire(webinar.id(), Duration.ofDays(1))).isEqualTo(1);
        await().atMost(WITHIN).until(() -> sentInOutbox() == 1);
        assertThat(dmCallsOf(kim)).extracting(Call::path).containsExactly("/users/@me/channels", messagesTo(kim));
        assertThat(TestDatabase.jdbc().sql("select channel_id from discord_dm_channel where user_id = ?").param(kim.id())
                .query(String.class).single()).isEqualTo(discord.directMessageChannel(kim));
        int before = discord.calls().size();   // not clearCalls(): other tests look for the start-up registrations

        assertThat(reminders.fire(webinar.id(), Duration.ofHours(1))).isEqualTo(1);

        await().atMost(WITHIN).until(() -> sentInOutbox() == 2);
        List<Call> calls = discord.calls();
        assertThat(calls.subList(before, calls.size()))
                .singleElement().satisfies(call -> {
                    assertThat(call.is("POST", messagesTo(kim))).isTrue();
                    assertThat(call.status()).isEqualTo(200);
                    assertThat(call.body()).contains("Meet your sheriff");
                });
    }

    /** Subscribes {@code count} new users and fires one reminder to them all. */
    private List<FakeUser> remindMany(String name, int count) {
        List<FakeUser> users = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            FakeUser user = discord.addUser(name + i);
            subscriptions.subscribe(Channel.DISCORD, user.id(), ZoneOffset.UTC);
            users.add(user);
        }
        Webinar webinar = webinars.create(new WebinarDraft("Know your rights", "", "2030-12-12T19:00",
                "America/Chicago", 60, "https://meet.example.org/r", "en")).webinar().orElseThrow();
        assertThat(reminders.fire(webinar.id(), Duration.ofHours(1))).isEqualTo(count);
        return users;
    }

    @Test
    void directMessagesKeepTheOutboxsDiscordRateGate() {
        List<FakeUser> users = remindMany("gated", 5);   // beloved.messaging.discord-per-second: the default 10

        await().atMost(WITHIN).until(() -> sentInOutbox() == 5);
        List<Instant> opened = discord.calls("POST", "/users/@me/channels").stream()
                .filter(c -> users.stream().anyMatch(u -> u.id().equals(c.json().getString("recipient_id"))))
                .map(Call::at).sorted().toList();
        assertThat(opened).hasSize(5);
        // Five slots 100 ms apart: at least 400 ms from the first DM to the fifth (the gate holds them
        // back; without it the dispatcher's four workers would send them at once). A lower bound only.
        assertThat(Duration.between(opened.get(0), opened.get(4))).isGreaterThanOrEqualTo(Duration.ofMillis(350));
    }

    @Test
    void underDiscordsGlobalLimitEveryReminderIsSentExactlyOnce() {
        int before = discord.calls().size();
        discord.enforceGlobalLimit(2);
        try {
            List<FakeUser> users = remindMany("limited", 5);

            await().atMost(Duration.ofSeconds(30)).until(() -> sentInOutbox() == 5);
            for (FakeUser user : users) {
                assertThat(discord.calls("POST", messagesTo(user))).filteredOn(c -> c.status() == 200).hasSize(1);
            }
            List<Call> calls = discord.calls();
            assertThat(calls.subList(before, calls.size()).stream().filter(c -> c.status() == 429)
                    .filter(c -> c.response().contains("\"global\": true"))).isNotEmpty();
        } finally {
            discord.enforceGlobalLimit(0);
        }
    }

    @Test
    void aStoredDirectMessageChannelDiscordNoLongerKnowsIsOpenedAgainOnce() {
        FakeUser lou = discord.addUser("lou");
        TestDatabase.jdbc().sql("insert into discord_dm_channel (user_id, channel_id, opened_at) values (?, '1234567', now())")
                .param(lou.id()).update();   // a channel Discord answers 10003 Unknown Channel for

        remind(lou);

        await().atMost(WITHIN).until(() -> outbox().equals("sent"));
        assertThat(discord.calls("POST", "/channels/1234567/messages")).extracting(Call::status).containsExactly(404);
        assertThat(dmCallsOf(lou)).extracting(Call::path).containsExactly("/users/@me/channels", messagesTo(lou));
        assertThat(TestDatabase.jdbc().sql("select channel_id from discord_dm_channel where user_id = ?").param(lou.id())
                .query(String.class).single()).isEqualTo(discord.directMessageChannel(lou));
    }

    @Test
    void deleteMyDataErasesTheStoredDirectMessageChannel() {
        FakeUser max = discord.addUser("max");
        remind(max);
        await().atMost(WITHIN).until(() -> outbox().equals("sent"));
        assertThat(TestDatabase.jdbc().sql("select count(*) from discord_dm_channel").query(Long.class).single()).isEqualTo(1);

        discord.directMessage(max, "DELETE MY DATA");
        await().atMost(WITHIN).until(() -> discord.calls("POST", messagesTo(max)).size() == 2);
        discord.directMessage(max, "YES");

        await().atMost(WITHIN).until(() -> discord.calls("POST", messagesTo(max)).size() == 3);
        assertThat(discord.calls("POST", messagesTo(max)).get(2).body())
                .contains(texts.t(Language.EN, "erased.dm-channel"));
        assertThat(TestDatabase.jdbc().sql("select count(*) from discord_dm_channel").query(Long.class).single()).isZero();
    }

    @Test
    void afterADroppedConnectionJdaResumesTheSessionAndInteractionsStillWork() {
        discord.awaitConnected(WITHIN);
        int identified = discord.identifies();
        int resumed = discord.resumes();

        discord.dropConnection();

        await().atMost(WITHIN).until(() -> discord.resumes() > resumed);
        assertThat(discord.identifies()).isEqualTo(identified);   // resumed, not a new session
        FakeInteraction help = discord.slashCommand(Actor.member(discord.guild(), discord.addUser("dee")), "help");
        assertThat(discord.awaitCallback(help, WITHIN).json().getInt("type")).isEqualTo(5);
        assertThat(discord.awaitOriginalEdit(help, WITHIN).json().getString("content")).contains(helpMention() + " - this list");
    }

    @Test
    void aConnectionDroppedWhileTheBotAnswersAnInteractionIsResumedAndTheInteractionAnsweredOnce() {
        discord.awaitConnected(WITHIN);
        int identified = discord.identifies();
        int resumed = discord.resumes();
        // the interaction has reached the bot: the gateway drops as its acknowledgement comes in, and
        // again (once JDA is back) as its answer is edited in
        discord.dropConnectionOnNext("POST", "/interactions/\\d+/[^/]+/callback");
        discord.dropConnectionOnNext("PATCH", "/webhooks/\\d+/[^/]+/messages/@original");

        FakeInteraction help = discord.slashCommand(Actor.member(discord.guild(), discord.addUser("gus")), "help");

        Call callback = discord.awaitCallback(help, WITHIN);
        assertThat(callback.status()).isEqualTo(204);
        assertThat(callback.json().getInt("type")).isEqualTo(5);
        Call answer = discord.awaitOriginalEdit(help, WITHIN);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("content")).contains(helpMention() + " - this list");
        await().atMost(WITHIN).until(() -> discord.resumes() > resumed && discord.connectedNow());
        assertThat(discord.identifies()).isEqualTo(identified);   // resumed, not a new session
        assertThat(discord.calls("POST", "/interactions/" + help.id() + "/.*/callback")).hasSize(1);
    }

    @Test
    void aDirectMessageSentWhileTheConnectionIsDownIsReplayedOnResumeAndAnsweredOnce() {
        discord.awaitConnected(WITHIN);
        int resumed = discord.resumes();
        FakeUser hal = discord.addUser("hal");

        discord.dropConnection();
        discord.directMessage(hal, "HELP");   // Discord keeps it for the session

        await().atMost(WITHIN).until(() -> discord.resumes() > resumed);
        Call reply = discord.awaitCall("POST", messagesTo(hal), WITHIN);
        assertThat(reply.json().getString("content")).contains("DELETE MY DATA");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> discord.calls("POST", messagesTo(hal)).size() == 1);
    }

    @Test
    void slashCommandOptionsReachTheCommand() {
        FakeInteraction partners = discord.slashCommand(Actor.member(discord.guild(), discord.addUser("fay")), "partners",
                Option.string("zip", "94110"), Option.integer("radius", 10));

        assertThat(discord.awaitCallback(partners, WITHIN).json().getInt("type")).isEqualTo(5);
        assertThat(discord.awaitOriginalEdit(partners, WITHIN).body()).contains("94110", "San Francisco");
    }

    @Test
    void autocompleteIsAnsweredWithChoices() {
        FakeInteraction typing = discord.autocomplete(Actor.member(discord.guild(), discord.addUser("gus")), "toolkit",
                Option.focused("section", ""));

        Call callback = discord.awaitCallback(typing, WITHIN);
        assertThat(callback.json().getInt("type")).isEqualTo(8);   // autocomplete result
        DataArray choices = callback.json().getObject("data").getArray("choices");
        assertThat(choices.length()).isEqualTo(22);
        assertThat(choices.getObject(0).getString("name")).startsWith("1. ");
    }

    @Test
    void theRemindMeButtonOfWebinarsSubscribesWhoeverClicksIt() {
        webinars.create(new WebinarDraft("Know your county", "", "2030-12-08T19:00", "America/Chicago", 60,
                "https://meet.example.org/k", "en"));
        FakeUser hal = discord.addUser("hal");
        FakeInteraction list = discord.slashCommand(Actor.member(discord.guild(), discord.addUser("ida")), "webinars");
        Call listed = discord.awaitOriginalEdit(list, WITHIN);
        assertThat(listed.body()).contains("Know your county", "remind-me");

        FakeInteraction click = discord.button(Actor.member(discord.guild(), hal), "remind-me",
                listed.responseJson().getString("id"));

        Call callback = discord.awaitCallback(click, WITHIN);
        assertThat(callback.json().getInt("type")).isEqualTo(5);
        assertThat(discord.awaitOriginalEdit(click, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.EN, "remind.discord.on"));
        assertThat(subscriptions.zoneOf(Channel.DISCORD, hal.id())).isPresent();
    }

    @Test
    void registerOpensAModalWhoseSubmissionIsSavedAndAsksForConsent() {
        Actor jo = Actor.member(discord.guild(), discord.addUser("jo"));
        FakeInteraction register = discord.slashCommand(jo, "register");
        Call modal = discord.awaitCallback(register, WITHIN);
        assertThat(modal.json().getInt("type")).isEqualTo(9);   // a modal
        String modalId = modal.json().getObject("data").getString("custom_id");

        FakeInteraction submitted = discord.modalSubmit(jo, modalId, Map.of("name", "Grace Chapel", "tradition",
                "Catholic", "zip", "94110", "contact", "Jo Doe", "email", "jo@example.org"));

        assertThat(discord.awaitCallback(submitted, WITHIN).json().getInt("type")).isEqualTo(5);
        Call consent = discord.awaitOriginalEdit(submitted, WITHIN);
        assertThat(consent.json().getString("content")).isEqualTo(texts.t(Language.EN, "register.consent.question"));
        assertThat(consent.body()).contains("@" + jo.user().id());   // the consent buttons are hers alone
        assertThat(TestDatabase.jdbc().sql("select name from congregation").query(String.class).list())
                .containsExactly("Grace Chapel");

        String show = consent.json().getArray("components").getObject(0).getArray("components").getObject(0)
                .getString("custom_id");
        FakeInteraction yes = discord.button(jo, show, consent.responseJson().getString("id"));
        assertThat(discord.awaitCallback(yes, WITHIN).json().getInt("type")).isIn(5, 6, 7);
        await().atMost(WITHIN).until(() -> TestDatabase.jdbc()
                .sql("select show_email from congregation where name = 'Grace Chapel'").query(Boolean.class).single());
    }

    @Test
    void anAnnouncementChannelGetsEachWebinarWithAScheduledEventThatFollowsIt() {
        FakeGuild guild = discord.guild();
        FakeInteraction set = discord.slashCommand(Actor.member(guild, guild.owner()), "announce-channel",
                Option.subcommand("set"));
        assertThat(discord.awaitOriginalEdit(set, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.EN, "announce.set", "<#" + guild.channelId() + ">"));

        Webinar webinar = webinars.create(new WebinarDraft("Budget hearing prep", "Bring questions", "2030-11-02T18:00",
                "America/Chicago", 90, "https://meet.example.org/b", "en")).webinar().orElseThrow();

        Call post = discord.awaitCall("POST", "/channels/" + guild.channelId() + "/messages", WITHIN);
        assertThat(post.body()).contains("Budget hearing prep");
        Call created = discord.awaitCall("POST", "/guilds/" + guild.id() + "/scheduled-events", WITHIN);
        assertThat(created.json().getString("name")).isEqualTo("Budget hearing prep");
        assertThat(created.json().getObject("entity_metadata").getString("location")).isEqualTo("https://meet.example.org/b");
        String eventId = created.responseJson().getString("id");

        assertThat(webinars.cancel(webinar.id())).isTrue();

        Call cancelled = discord.awaitCall("PATCH", "/guilds/" + guild.id() + "/scheduled-events/" + eventId, WITHIN);
        assertThat(cancelled.json().getInt("status")).isEqualTo(4);   // canceled
        assertThat(discord.scheduledEvents().get(eventId).getInt("status")).isEqualTo(4);
    }

    @Test
    void anAnnouncementMentionsTheServersRoleAndCarriesARemindMeButtonAndTheScheduledEventsLink() {
        String role = chapel.organizerRoleId();
        FakeInteraction set = discord.slashCommand(Actor.member(chapel, chapel.owner()), "announce-channel",
                Option.subcommand("set", Option.role("role", role)));
        assertThat(discord.awaitOriginalEdit(set, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.EN, "announce.set.role", "<#" + chapel.channelId() + ">", "Organizer"));

        webinars.create(new WebinarDraft("Jail vigil planning", "", "2030-11-05T18:00", "America/Chicago", 60,
                "https://meet.example.org/v", "en"));

        Call created = discord.awaitCall("POST", "/guilds/" + chapel.id() + "/scheduled-events", WITHIN);
        Call post = discord.awaitCall("POST", "/channels/" + chapel.channelId() + "/messages", WITHIN);
        List<Call> calls = discord.calls();
        assertThat(calls.indexOf(created)).isLessThan(calls.indexOf(post));   // the event first, so the post links to it
        DataObject sent = post.json();
        assertThat(sent.getString("content")).isEqualTo("<@&" + role + ">");
        DataObject allowed = sent.getObject("allowed_mentions");
        assertThat(allowed.getArray("parse").length()).isZero();   // no @everyone, no users: only the role
        assertThat(allowed.getArray("roles").toList()).containsExactly(role);
        assertThat(sent.getArray("embeds").getObject(0).getString("description")).contains("Jail vigil planning");
        DataArray buttons = sent.getArray("components").getObject(0).getArray("components");
        assertThat(buttons.length()).isEqualTo(2);
        assertThat(buttons.getObject(0).getString("custom_id")).isEqualTo("remind-me");
        assertThat(buttons.getObject(0).getString("label")).isEqualTo(texts.t(Language.EN, "webinars.remind-me"));
        assertThat(buttons.getObject(1).getInt("style")).isEqualTo(5);   // a link
        assertThat(buttons.getObject(1).getString("url"))
                .isEqualTo("https://discord.com/events/" + chapel.id() + "/" + created.responseJson().getString("id"));

        FakeUser nia = discord.addUser("nia");
        FakeInteraction click = discord.button(Actor.member(chapel, nia), "remind-me", post.responseJson().getString("id"));

        assertThat(discord.awaitCallback(click, WITHIN).json().getInt("type")).isEqualTo(5);
        assertThat(discord.awaitOriginalEdit(click, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.EN, "remind.discord.on"));
        assertThat(subscriptions.zoneOf(Channel.DISCORD, nia.id())).isPresent();
    }

    @Test
    void everyoneOrTheBotsOwnRoleIsRefusedAsTheRoleToMention() {
        for (String role : List.of(quiet.everyoneRoleId(), quiet.botRoleId())) {
            FakeInteraction set = discord.slashCommand(Actor.member(quiet, quiet.owner()), "announce-channel",
                    Option.subcommand("set", Option.role("role", role)));
            Call refused = discord.awaitCallback(set, WITHIN);
            assertThat(refused.json().getInt("type")).isEqualTo(4);
            assertThat(refused.json().getObject("data").getString("content"))
                    .isEqualTo(texts.t(Language.EN, "announce.role.invalid"));
        }
        assertThat(TestDatabase.jdbc().sql("select count(*) from discord_announce_channel").query(Long.class).single())
                .isZero();
    }

    @Test
    void anAnnouncementWithoutARolePingsNobody() {
        FakeGuild guild = quiet;
        FakeInteraction set = discord.slashCommand(Actor.member(guild, guild.owner()), "announce-channel",
                Option.subcommand("set"));
        discord.awaitOriginalEdit(set, WITHIN);

        webinars.create(new WebinarDraft("@everyone come to the vigil", "", "2030-11-06T18:00", "America/Chicago", 60,
                "https://meet.example.org/w", "en"));

        Call post = discord.awaitCall(c -> c.is("POST", "/channels/" + guild.channelId() + "/messages")
                && c.body().contains("come to the vigil"), WITHIN);
        assertThat(post.json().hasKey("content") && !post.json().isNull("content")
                ? post.json().getString("content") : "").isEmpty();
        assertThat(post.json().getObject("allowed_mentions").getArray("parse").length()).isZero();
        assertThat(post.json().getObject("allowed_mentions").optArray("roles").map(DataArray::length).orElse(0)).isZero();
    }

    // ---- Discord refusing or failing: the DM of a reminder

    /** The path of the messages to this user's DM channel, to fail or to look at. */
    private static String messagesTo(FakeUser user) {
        return "/channels/" + discord.directMessageChannel(user) + "/messages";
    }

    /** Subscribes the user and fires a reminder of a new webinar. */
    private void remind(FakeUser user) {
        subscriptions.subscribe(Channel.DISCORD, user.id(), ZoneOffset.UTC);
        Webinar webinar = webinars.create(new WebinarDraft("Meet your officials", "", "2030-12-10T19:00",
                "America/Chicago", 60, "https://meet.example.org/x", "en")).webinar().orElseThrow();
        assertThat(reminders.fire(webinar.id(), Duration.ofHours(1))).isEqualTo(1);
    }

    private static String outbox() {
        return TestDatabase.jdbc().sql("select status from outbox").query(String.class).optional().orElse("");
    }

    @Test
    void aRateLimitedDirectMessageIsSentAgainAfterRetryAfter() {
        FakeUser user = discord.addUser("reminded");
        discord.failNext("POST", messagesTo(user), Fault.rateLimited(Duration.ofMillis(300)));

        remind(user);

        await().atMost(WITHIN).until(() -> outbox().equals("sent"));
        assertThat(discord.calls("POST", messagesTo(user)))
                .extracting(Call::status).containsExactly(429, 200);
    }

    @Test
    void aGlobalRateLimitHoldsTheDirectMessageBackUntilItEnds() {
        FakeUser user = discord.addUser("reminded");
        discord.failNext("POST", messagesTo(user), Fault.globallyRateLimited(Duration.ofMillis(300)));

        remind(user);

        await().atMost(WITHIN).until(() -> outbox().equals("sent"));
        assertThat(discord.calls("POST", messagesTo(user)))
                .extracting(Call::status).containsExactly(429, 200);
    }

    @Test
    void aServerErrorIsRetriedByJda() {
        FakeUser user = discord.addUser("reminded");
        discord.failNext("POST", messagesTo(user), Fault.serverError(502));

        remind(user);

        await().atMost(WITHIN).until(() -> outbox().equals("sent"));
        assertThat(discord.calls("POST", messagesTo(user)))
                .extracting(Call::status).containsExactly(502, 200);
    }

    @Test
    void aUserWhoseDirectMessagesAreClosedIsMarkedUnreachableAndNotRetried() {
        FakeUser user = discord.addUser("reminded");
        discord.failNext("POST", messagesTo(user), Fault.cannotSendToUser());

        remind(user);

        await().atMost(WITHIN).until(() -> outbox().equals("skipped"));
        assertThat(reachability.isUnreachable(Channel.DISCORD, user.id())).isTrue();
        assertThat(discord.calls("POST", messagesTo(user)))
                .extracting(Call::status).containsExactly(403);   // refused once, not retried
    }

    @Test
    void aUserMarkedUnreachableIsReachableAgainOnceTheyWriteToTheBotOrTurnRemindersOn() {
        FakeUser user = discord.addUser("returning");
        discord.failNext("POST", messagesTo(user), Fault.cannotSendToUser());
        remind(user);
        await().atMost(WITHIN).until(() -> reachability.isUnreachable(Channel.DISCORD, user.id()));

        discord.directMessage(user, "HELP");

        await().atMost(WITHIN).until(() -> !reachability.isUnreachable(Channel.DISCORD, user.id()));
        reachability.recordUnreachable(Channel.DISCORD, user.id(), 1);   // closed again, say

        FakeInteraction on = discord.slashCommand(Actor.inDirectMessage(user), "remind", Option.subcommand("on"));

        assertThat(discord.awaitOriginalEdit(on, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.EN, "remind.discord.on"));
        assertThat(reachability.isUnreachable(Channel.DISCORD, user.id())).isFalse();
    }

    @Test
    void openingDirectMessagesTooFastPostponesTheReminderWhichGoesOutLater() {
        FakeUser user = discord.addUser("hurried");
        discord.failNext("POST", "/users/@me/channels", Fault.openingDirectMessagesTooFast());

        remind(user);

        await().atMost(WITHIN).until(() -> TestDatabase.jdbc().sql("select attempts from outbox").query(Integer.class)
                .optional().orElse(0) == 1);
        assertThat(outbox()).isEqualTo("pending");   // retried with back-off, not refused for good
        assertThat(TestDatabase.jdbc().sql("select last_error from outbox").query(String.class).single()).contains("40003");
        assertThat(discord.calls("POST", messagesTo(user))).isEmpty();

        TestDatabase.jdbc().sql("update outbox set next_attempt_at = now()").update();   // the back-off is over

        await().atMost(WITHIN).until(() -> outbox().equals("sent"));
        assertThat(discord.calls("POST", messagesTo(user))).extracting(Call::status).containsExactly(200);
    }

    @Test
    void anInteractionThatIsNeverAcknowledgedIsCaught() {
        int before = NeverAcknowledging.CALLED.get();

        FakeInteraction forgotten = discord.slashCommand(Actor.member(discord.guild(), discord.addUser("eve")),
                "never-acknowledges");

        await().atMost(WITHIN).until(() -> NeverAcknowledging.CALLED.get() > before);   // it reached the handler
        assertThatThrownBy(discord::assertEveryInteractionAcknowledged)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/never-acknowledges").hasMessageContaining(forgotten.id());
        assertThat(discord.calls("POST", "/interactions/" + forgotten.id() + "/.*")).isEmpty();
        assertThat(discord.unacknowledged(FakeDiscord.ACKNOWLEDGE_WITHIN)).containsExactly(forgotten);
        discord.clearInteractions();   // caught: the check after this test has nothing left to fail on
    }
}
