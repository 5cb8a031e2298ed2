package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.beloved.bot.testing.Actor;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeGuild;
import org.beloved.bot.testing.FakeInteraction;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
 * Registration as Discord expects it, with an organizing server configured: member commands
 * global (servers and DMs), server-admin commands global but servers only and shown to Manage
 * Server, organizer commands only in the organizing server, servers only and shown to Manage Server.
 * Real JDA against {@link FakeDiscord}; the payloads asserted are the ones JDA sent.
 */
@CleanDatabase
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BotTestApplication.class, properties = {"beloved.messaging.dispatch-enabled=true",
        "beloved.messaging.dispatch-interval=100ms"})   // announcements (and their Scheduled Events) go through the outbox
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class CommandRegistrationEndToEndTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    /** The outbox dispatcher starts some seconds after the application: the first announcement can take longer. */
    private static final Duration ANNOUNCED_WITHIN = Duration.ofSeconds(40);
    /** Discord's permission bit for Manage Server, as the API writes default_member_permissions. */
    private static final String MANAGE_SERVER = "32";
    private static final int GUILD = 0;
    private static final int BOT_DM = 1;
    private static final FakeDiscord discord = FakeDiscord.start();
    private static final FakeGuild elsewhere = discord.addGuild("Not an organizing server");
    /** The organizing server's organizer role (beloved.discord.organizer-role-id). */
    private static final String ORGANIZER_ROLE = discord.guild().organizerRoleId();

    @DynamicPropertySource
    static void discordProperties(DynamicPropertyRegistry registry) {
        registry.add("beloved.discord.token", discord::token);
        registry.add("beloved.discord.api-base-url", discord::apiBaseUrl);
        registry.add("beloved.discord.guild-ids", () -> discord.guild().id());
        registry.add("beloved.discord.organizer-role-id", () -> ORGANIZER_ROLE);
    }

    @Autowired
    DiscordGateway gateway;

    @Autowired
    CommandMentions mentions;

    @Autowired
    AnnounceChannels announceChannels;

    @Autowired
    org.beloved.webinars.Subscriptions subscriptions;

    @Autowired
    org.beloved.webinars.Webinars webinars;

    @Autowired
    org.beloved.directory.Directory directory;

    @Autowired
    BotTexts texts;

    @BeforeAll
    void connected() {
        discord.awaitConnected(WITHIN);
        discord.awaitCall("PUT", "/applications/" + discord.bot().id() + "/commands", WITHIN);
        discord.awaitCall("PUT", "/applications/" + discord.bot().id() + "/guilds/" + discord.guild().id() + "/commands",
                WITHIN);
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

    private static Map<String, DataObject> byName(List<DataObject> commands) {
        return commands.stream().collect(Collectors.toMap(c -> c.getString("name"), Function.identity()));
    }

    private static List<Integer> ints(DataObject command, String field) {
        DataArray array = command.getArray(field);
        return java.util.stream.IntStream.range(0, array.length()).mapToObj(array::getInt).toList();
    }

    @Test
    void memberCommandsAreGlobalInServersAndDirectMessages() {
        Map<String, DataObject> global = byName(discord.registeredCommands("global"));

        assertThat(global).containsKeys("help", "language", "partners", "register", "toolkit", "webinars", "remind", "county")
                .doesNotContainKeys("approve", "webinar", "county-edit");
        for (String member : List.of("help", "language", "partners", "register", "toolkit", "webinars", "remind",
                "my-listing", "remove-listing", "delete-my-data", "county")) {
            DataObject command = global.get(member);
            assertThat(ints(command, "contexts")).as(member).containsExactlyInAnyOrder(GUILD, BOT_DM);
            assertThat(ints(command, "integration_types")).as(member).containsExactly(0);   // guild install
            assertThat(command.isNull("default_member_permissions")).as(member).isTrue();   // everyone sees it
        }
    }

    @Test
    void serverAdminCommandsAreGlobalButServersOnlyAndShownToManageServer() {
        Map<String, DataObject> global = byName(discord.registeredCommands("global"));

        for (String admin : List.of("announce-channel", "server-zip")) {
            DataObject command = global.get(admin);
            assertThat(ints(command, "contexts")).as(admin).containsExactly(GUILD);
            assertThat(command.getString("default_member_permissions")).as(admin).isEqualTo(MANAGE_SERVER);
        }
    }

    @Test
    void organizerCommandsAreRegisteredOnlyInTheOrganizingServerShownToManageServer() {
        Map<String, DataObject> organizing = byName(discord.registeredCommands(discord.guild().id()));

        assertThat(organizing).containsOnlyKeys("approve", "webinar", "stats", "county-edit");
        organizing.forEach((name, command) -> {
            assertThat(ints(command, "contexts")).as(name).containsExactly(GUILD);
            assertThat(command.getString("default_member_permissions")).as(name).isEqualTo(MANAGE_SERVER);
        });
        assertThat(discord.calls("PUT", "/applications/.*/guilds/" + elsewhere.id() + "/commands")).isEmpty();
    }

    @Test
    void helpInTheOrganizingServerMentionsGlobalAndOrganizerCommandsByTheirIds() {
        await().atMost(WITHIN).until(() -> mentions.mention("approve", discord.guild().id()).startsWith("</"));
        FakeInteraction help = discord.slashCommand(Actor.member(discord.guild(), discord.addUser("org"), ORGANIZER_ROLE),
                "help");

        String content = discord.awaitOriginalEdit(help, WITHIN).json().getString("content");

        assertThat(content).contains("</help:" + discord.registeredCommandId("global", "help") + "> - this list",
                "</approve:" + discord.registeredCommandId(discord.guild().id(), "approve") + "> - review");
        // a command with subcommands is mentioned by each of them: Discord makes no link of its bare name
        String remind = discord.registeredCommandId("global", "remind");
        String webinar = discord.registeredCommandId(discord.guild().id(), "webinar");
        String announce = discord.registeredCommandId("global", "announce-channel");
        assertThat(content).contains("</remind on:" + remind + "> </remind off:" + remind + "> - webinar reminders",
                "</webinar add:" + webinar + "> </webinar edit:" + webinar + "> </webinar cancel:" + webinar
                        + "> - schedule",
                "</announce-channel set:" + announce + "> </announce-channel clear:" + announce + "> - where");
        assertThat(content).doesNotContain("</remind:", "</webinar:", "on|off", "add|edit|cancel");
        assertThat(content.length()).isLessThanOrEqualTo(2000);
    }

    // ---- /stats

    @Test
    void statsShowsOrganizersTheCountsAndTheScheduledEventInterest() {
        for (String phone : List.of("+14155550101", "+14155550102")) {
            subscriptions.subscribe(org.beloved.shared.Channel.SMS, phone, java.time.ZoneOffset.UTC);
        }
        subscriptions.subscribe(org.beloved.shared.Channel.DISCORD, discord.addUser("sub").id(), java.time.ZoneOffset.UTC);
        assertThat(directory.register(new org.beloved.directory.NewCongregation("Stats Chapel",
                org.beloved.directory.Tradition.QUAKER, "94110", null, "Sam Contact", "sam@example.org", null, null, false,
                false, org.beloved.shared.Channel.SMS, "+14155550101")).saved()).isTrue();
        announceChannels.set(discord.guild().id(), discord.guild().channelId(), null);
        webinars.create(new org.beloved.webinars.WebinarDraft("Counting webinar", "", "2030-10-10T19:00",
                "America/Chicago", 60, "https://meet.example.org/c", "en"));
        org.beloved.bot.testing.Call created = discord.awaitCall(c -> c.is("POST", "/guilds/" + discord.guild().id()
                + "/scheduled-events") && c.json().getString("name").equals("Counting webinar"), ANNOUNCED_WITHIN);
        discord.setInterested(created.responseJson().getString("id"), 7);
        await().atMost(WITHIN).until(() -> org.beloved.testing.TestDatabase.jdbc()
                .sql("select count(*) from discord_webinar_event").query(Integer.class).single() == 1);

        FakeInteraction stats = discord.slashCommand(Actor.member(discord.guild(), discord.addUser("org2"), ORGANIZER_ROLE),
                "stats");

        org.beloved.bot.testing.Call deferred = discord.awaitCallback(stats, WITHIN);
        assertThat(deferred.json().getInt("type")).isEqualTo(5);
        assertThat(deferred.json().getObject("data").getInt("flags")).isEqualTo(64);
        String content = discord.awaitOriginalEdit(stats, WITHIN).json().getString("content");
        assertThat(content).contains("SMS 2", "Discord 1", "Web 0", "waiting for review 1", "on the map 0",
                "Counting webinar", "reach 3 subscribers;", "interested on Discord: 7");
        assertThat(discord.calls("GET", "/guilds/" + discord.guild().id() + "/scheduled-events")).isNotEmpty()
                .allSatisfy(call -> assertThat(call.query()).contains("with_user_count=true"));
    }

    @Test
    void statsIsRefusedToAnOrdinaryMember() {
        FakeInteraction stats = discord.slashCommand(Actor.member(discord.guild(), discord.addUser("member")), "stats");

        assertThat(discord.awaitCallback(stats, WITHIN).json().getObject("data").getString("content"))
                .isEqualTo(texts.t(org.beloved.shared.Language.EN, "error.organizers-only"));
    }
}
