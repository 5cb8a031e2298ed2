package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.beloved.bot.testing.Actor;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeGuild;
import org.beloved.bot.testing.FakeInteraction;
import org.beloved.bot.testing.FakeUser;
import org.beloved.bot.testing.Fault;
import org.beloved.bot.testing.Option;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.PublicListing;
import org.beloved.directory.Tradition;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.organizers.OrganizerSettings;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Subscriptions;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
 * The slash commands, modals, buttons and DM conversations {@link DiscordEndToEndTest} leaves out,
 * through real JDA logged in to {@link FakeDiscord}. The fake's server is the organizing server
 * ({@code beloved.discord.guild-ids}) and one of its users a named organizer
 * ({@code beloved.organizers.discord-user-ids}), so organizer commands are registered there. After
 * each test every interaction must have been acknowledged within Discord's 3 seconds.
 */
@CleanDatabase
@DirtiesContext   // JDA stays connected to this class's fake
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BotTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class DiscordCommandsEndToEndTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final FakeDiscord discord = FakeDiscord.start();
    private static final FakeUser organizer = discord.addUser("organizer");

    @DynamicPropertySource
    static void discordProperties(DynamicPropertyRegistry registry) {
        registry.add("beloved.discord.token", discord::token);
        registry.add("beloved.discord.api-base-url", discord::apiBaseUrl);
        registry.add("beloved.discord.guild-ids", () -> discord.guild().id());
        registry.add("beloved.organizers.discord-user-ids", organizer::id);
    }

    @Autowired
    DiscordGateway gateway;

    @Autowired
    BotTexts texts;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Webinars webinars;

    @Autowired
    Directory directory;

    @Autowired
    AnnounceChannels announceChannels;

    @Autowired
    OrganizerRoster roster;

    @Autowired
    OrganizerSettings organizerSettings;

    @BeforeAll
    void connected() {
        discord.awaitConnected(WITHIN);
        discord.awaitCall("PUT", "/applications/" + discord.bot().id() + "/guilds/" + discord.guild().id() + "/commands",
                WITHIN);
    }

    @BeforeEach
    void theNamedOrganizer() {
        roster.bootstrap(organizerSettings);   // the tables were emptied: the settings' organizer again, as at start-up
        roster.refresh();
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

    private static Actor member(String name) {
        return Actor.member(discord.guild(), discord.addUser(name));
    }

    private static Actor theOrganizer() {
        return Actor.member(discord.guild(), organizer);
    }

    private Webinar webinar(String title, String start) {
        return webinars.create(new WebinarDraft(title, "Bring a friend", start, "America/Chicago", 60,
                "https://meet.example.org/" + title.length(), "en")).webinar().orElseThrow();
    }

    /** The custom ids of the buttons of a message as sent (rows of components). */
    private static List<String> buttonIds(DataObject message) {
        List<String> ids = new ArrayList<>();
        DataArray rows = message.optArray("components").orElseGet(DataArray::empty);
        for (int r = 0; r < rows.length(); r++) {
            DataArray buttons = rows.getObject(r).getArray("components");
            for (int b = 0; b < buttons.length(); b++) {
                ids.add(buttons.getObject(b).getString("custom_id"));
            }
        }
        return ids;
    }

    /** The text inputs of a modal as sent (each inside a label), by custom id. */
    private static Map<String, DataObject> textInputs(DataObject modal) {
        DataArray labels = modal.getArray("components");
        Map<String, DataObject> inputs = new LinkedHashMap<>();
        for (int i = 0; i < labels.length(); i++) {
            DataObject input = labels.getObject(i).getObject("component");
            inputs.put(input.getString("custom_id"), input);
        }
        return inputs;
    }

    // ---- members: /language, /webinars, /remind

    @Test
    void languageSpanishMakesALaterHelpAnswerInSpanishAndEnglishBringsItBack() {
        Actor kai = member("kai");

        FakeInteraction spanish = discord.slashCommand(kai, "language", Option.string("language", "es"));

        assertThat(discord.awaitCallback(spanish, WITHIN).json().getInt("type")).isEqualTo(5);
        assertThat(discord.awaitOriginalEdit(spanish, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.ES, "language.set"));
        FakeInteraction help = discord.slashCommand(kai, "help");   // an en-US client: the choice wins
        assertThat(discord.awaitOriginalEdit(help, WITHIN).json().getString("content"))
                .contains(texts.t(Language.ES, "help.intro"));

        FakeInteraction english = discord.slashCommand(kai, "language", Option.string("language", "en"));
        assertThat(discord.awaitOriginalEdit(english, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.EN, "language.set"));
        FakeInteraction helpAgain = discord.slashCommand(kai, "help");
        assertThat(discord.awaitOriginalEdit(helpAgain, WITHIN).json().getString("content"))
                .contains(texts.t(Language.EN, "help.intro"));
    }

    @Test
    void webinarsListsUpcomingWebinarsWithDiscordTimestampsAndItsRemindMeButtonSubscribes() {
        Webinar first = webinar("County budget", "2030-10-01T18:00");
        Webinar second = webinar("Sheriff forum", "2030-10-15T18:00");
        Actor lou = member("lou");

        FakeInteraction list = discord.slashCommand(lou, "webinars");

        Call listed = discord.awaitOriginalEdit(list, WITHIN);
        assertThat(listed.body()).contains("County budget", "Sheriff forum",
                "<t:" + first.start().getEpochSecond() + ":F>", "<t:" + second.start().getEpochSecond() + ":F>");
        assertThat(listed.body().indexOf("County budget")).isLessThan(listed.body().indexOf("Sheriff forum"));
        List<String> buttons = buttonIds(listed.json());
        assertThat(buttons).hasSize(1);
        assertThat(subscriptions.zoneOf(Channel.DISCORD, lou.user().id())).isEmpty();

        FakeInteraction click = discord.button(lou, buttons.get(0), listed.responseJson().getString("id"));

        assertThat(discord.awaitOriginalEdit(click, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.EN, "remind.discord.on"));
        assertThat(subscriptions.zoneOf(Channel.DISCORD, lou.user().id())).isPresent();
    }

    @Test
    void remindOnSubscribesAndRemindOffUnsubscribes() {
        Actor max = member("max");

        FakeInteraction on = discord.slashCommand(max, "remind", Option.subcommand("on"));

        assertThat(discord.awaitCallback(on, WITHIN).json().getObject("data").getInt("flags")).isEqualTo(64);
        assertThat(discord.awaitOriginalEdit(on, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.EN, "remind.discord.on"));
        assertThat(subscriptions.zoneOf(Channel.DISCORD, max.user().id())).isPresent();

        FakeInteraction off = discord.slashCommand(max, "remind", Option.subcommand("off"));

        assertThat(discord.awaitOriginalEdit(off, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.EN, "remind.discord.off"));
        assertThat(subscriptions.zoneOf(Channel.DISCORD, max.user().id())).isEmpty();
    }

    // ---- organizers: /webinar add | edit | cancel, /approve

    @Test
    void organizerCommandsAreRegisteredInTheOrganizingServerOnly() {
        assertThat(discord.registeredCommandNames(discord.guild().id())).contains("approve", "webinar");
        assertThat(discord.registeredCommandNames("global")).doesNotContain("approve", "webinar");
    }

    @Test
    void webinarAddOpensTheFormWhoseSubmissionCreatesTheWebinarAndAnnouncesIt() {
        FakeGuild guild = discord.guild();
        announceChannels.set(guild.id(), guild.channelId(), null);

        FakeInteraction add = discord.slashCommand(theOrganizer(), "webinar", Option.subcommand("add",
                Option.string("time-zone", "America/Chicago"), Option.string("language", "es")));

        Call modal = discord.awaitCallback(add, WITHIN);
        assertThat(modal.json().getInt("type")).isEqualTo(9);   // a modal
        String modalId = modal.json().getObject("data").getString("custom_id");
        assertThat(modalId).contains("America/Chicago", "es");
        assertThat(textInputs(modal.json().getObject("data")).keySet())
                .containsExactly("title", "description", "start", "duration", "join-url");

        FakeInteraction submitted = discord.modalSubmit(theOrganizer(), modalId, Map.of("title", "Conoce a tu sheriff",
                "description", "Preguntas y respuestas", "start", "2030-11-02 18:00", "duration", "90",
                "join-url", "https://meet.example.org/s"));

        assertThat(discord.awaitCallback(submitted, WITHIN).json().getInt("type")).isEqualTo(5);
        assertThat(discord.awaitOriginalEdit(submitted, WITHIN).json().getString("content"))
                .startsWith("Saved: **Conoce a tu sheriff**").contains("2030-11-02 18:00 in America/Chicago", "90 minutes");
        Webinar created = webinars.upcoming().stream().filter(w -> w.title().equals("Conoce a tu sheriff"))
                .findFirst().orElseThrow();
        assertThat(created.start()).isEqualTo(Instant.parse("2030-11-02T23:00:00Z"));   // 18:00 CDT
        assertThat(created.timeZone().getId()).isEqualTo("America/Chicago");
        assertThat(created.language().code()).isEqualTo("es");
        assertThat(created.joinUrl()).isEqualTo("https://meet.example.org/s");
        Call post = discord.awaitCall("POST", "/channels/" + guild.channelId() + "/messages", WITHIN);
        assertThat(post.body()).contains("Conoce a tu sheriff");
    }

    @Test
    void webinarEditSuggestsTheWebinarThenKeepsWhatTheFormLeavesEmpty() {
        Webinar webinar = webinar("Know your county", "2030-12-08T19:00");
        webinar("Other meeting", "2030-12-09T19:00");

        FakeInteraction typing = discord.autocomplete(theOrganizer(), "webinar",
                Option.subcommand("edit", Option.focused("webinar", "county")));

        Call suggestions = discord.awaitCallback(typing, WITHIN);
        assertThat(suggestions.json().getInt("type")).isEqualTo(8);
        DataArray choices = suggestions.json().getObject("data").getArray("choices");
        assertThat(choices.length()).isEqualTo(1);
        assertThat(choices.getObject(0).getString("name")).isEqualTo("Know your county - 2030-12-08 19:00 America/Chicago");
        String chosen = choices.getObject(0).getString("value");
        assertThat(chosen).isEqualTo(Long.toString(webinar.id()));

        FakeInteraction edit = discord.slashCommand(theOrganizer(), "webinar",
                Option.subcommand("edit", Option.string("webinar", chosen)));

        Call modal = discord.awaitCallback(edit, WITHIN);
        assertThat(modal.json().getInt("type")).isEqualTo(9);
        assertThat(textInputs(modal.json().getObject("data")).values())
                .allSatisfy(input -> assertThat(input.getBoolean("required", true)).isFalse());
        FakeInteraction submitted = discord.modalSubmit(theOrganizer(), modal.json().getObject("data").getString("custom_id"),
                Map.of("title", "Know your county, again", "description", "", "start", "", "duration", "",
                        "join-url", ""));

        assertThat(discord.awaitOriginalEdit(submitted, WITHIN).json().getString("content"))
                .startsWith("Saved: **Know your county, again**");
        Webinar edited = webinars.find(webinar.id()).orElseThrow();
        assertThat(edited.title()).isEqualTo("Know your county, again");
        assertThat(edited.description()).isEqualTo(webinar.description());
        assertThat(edited.start()).isEqualTo(webinar.start());
        assertThat(edited.timeZone()).isEqualTo(webinar.timeZone());
        assertThat(edited.durationMinutes()).isEqualTo(webinar.durationMinutes());
        assertThat(edited.joinUrl()).isEqualTo(webinar.joinUrl());
        assertThat(edited.language()).isEqualTo(webinar.language());
    }

    @Test
    void webinarCancelAsksFirstThenKeepOrCancelDecides() {
        Webinar webinar = webinar("Town hall", "2030-12-08T19:00");
        String id = Long.toString(webinar.id());

        FakeInteraction keepAsked = discord.slashCommand(theOrganizer(), "webinar",
                Option.subcommand("cancel", Option.string("webinar", id)));
        Call question = discord.awaitOriginalEdit(keepAsked, WITHIN);
        assertThat(question.json().getString("content")).startsWith("Cancel **Town hall**")
                .contains("<t:" + webinar.start().getEpochSecond() + ":F>");
        List<String> buttons = buttonIds(question.json());
        assertThat(buttons).hasSize(2);

        FakeInteraction keep = discord.button(theOrganizer(), buttons.get(1), question.responseJson().getString("id"));

        assertThat(discord.awaitCallback(keep, WITHIN).json().getInt("type")).isEqualTo(6);   // deferred update
        Call kept = discord.awaitOriginalEdit(keep, WITHIN);
        assertThat(kept.json().getString("content")).isEqualTo(texts.t(Language.EN, "webinar.cancel.kept"));
        assertThat(kept.json().getArray("components").length()).isZero();   // the buttons are gone
        assertThat(webinars.find(webinar.id()).orElseThrow().status()).isEqualTo(Webinar.Status.SCHEDULED);

        FakeInteraction cancelAsked = discord.slashCommand(theOrganizer(), "webinar",
                Option.subcommand("cancel", Option.string("webinar", id)));
        Call again = discord.awaitOriginalEdit(cancelAsked, WITHIN);
        FakeInteraction confirm = discord.button(theOrganizer(), buttonIds(again.json()).get(0),
                again.responseJson().getString("id"));

        assertThat(discord.awaitOriginalEdit(confirm, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.EN, "webinar.cancelled"));
        assertThat(webinars.find(webinar.id()).orElseThrow().status()).isEqualTo(Webinar.Status.CANCELLED);
    }

    @Test
    void webinarAddWithAnUnknownTimeZoneIsRefusedWithoutAForm() {
        FakeInteraction add = discord.slashCommand(theOrganizer(), "webinar", Option.subcommand("add",
                Option.string("time-zone", "Mars/Olympus"), Option.string("language", "en")));

        Call refused = discord.awaitCallback(add, WITHIN);
        assertThat(refused.json().getInt("type")).isEqualTo(4);   // a message, not a modal
        assertThat(refused.json().getObject("data").getString("content"))
                .isEqualTo(texts.t(Language.EN, "webinar.bad-zone"));
    }

    @Test
    void organizerCommandsAndButtonsAreRefusedToOtherMembers() {
        Webinar webinar = webinar("Town hall", "2030-12-08T19:00");
        Actor stranger = member("rae");

        FakeInteraction approve = discord.slashCommand(stranger, "approve");
        assertThat(discord.awaitCallback(approve, WITHIN).json().getObject("data").getString("content"))
                .isEqualTo(texts.t(Language.EN, "error.organizers-only"));

        FakeInteraction asked = discord.slashCommand(theOrganizer(), "webinar",
                Option.subcommand("cancel", Option.string("webinar", Long.toString(webinar.id()))));
        Call question = discord.awaitOriginalEdit(asked, WITHIN);
        FakeInteraction click = discord.button(stranger, buttonIds(question.json()).get(0),
                question.responseJson().getString("id"));

        assertThat(discord.awaitCallback(click, WITHIN).json().getInt("type")).isEqualTo(4);
        assertThat(webinars.find(webinar.id()).orElseThrow().status()).isEqualTo(Webinar.Status.SCHEDULED);
    }

    @Test
    void approveListsThePendingRegistrationAndItsApproveButtonPutsItOnTheMap() {
        long pending = directory.register(new NewCongregation("Temple Emanu-El", Tradition.JEWISH, "10001", null,
                "Ben Levi", "ben@example.org", null, null, false, false, Channel.WEB, "web-session-1")).id();

        FakeInteraction approve = discord.slashCommand(theOrganizer(), "approve");

        Call list = discord.awaitOriginalEdit(approve, WITHIN);
        assertThat(shown(list.json())).contains("Temple Emanu-El", "Ben Levi", "ben@example.org");
        List<String> buttons = buttonIds(list.json());
        assertThat(buttons).hasSize(2).allSatisfy(b -> assertThat(b).contains(Long.toString(pending)));
        assertThat(directory.listed()).extracting(PublicListing::name).doesNotContain("Temple Emanu-El");

        FakeInteraction click = discord.button(theOrganizer(), buttons.get(0), list.responseJson().getString("id"));

        assertThat(discord.awaitOriginalEdit(click, WITHIN).json().getString("content"))   // the list redrawn in place
                .startsWith(texts.t(Language.EN, "approve.approved", "Temple Emanu-El"))
                .contains("No registrations are waiting for review.");
        assertThat(directory.listed()).extracting(PublicListing::name).containsExactly("Temple Emanu-El");
    }

    // ---- organizers: a claim on a listing, Hand over / Reject

    /** A listing someone registered by text and organizers approved, and a claim on it by another person. */
    private long listedAndClaimed(String name, String claimant, String email) {
        long listing = directory.register(new NewCongregation(name, Tradition.SIKH, "94612", null, "Harpreet",
                "h@example.org", null, null, true, false, Channel.SMS, "+14155550123")).id();
        directory.approve(listing);
        directory.register(new NewCongregation(name.toUpperCase(), Tradition.SIKH, "94612", null, claimant, email,
                null, null, true, false, Channel.WEB, "web-" + claimant));
        assertThat(directory.pendingClaims(10)).extracting(c -> c.listing().id()).contains(listing);
        return listing;
    }

    /** The /approve list an organizer gets, and the custom id of the button whose id starts with {@code name}. */
    private Call approveList() {
        return discord.awaitOriginalEdit(discord.slashCommand(theOrganizer(), "approve"), WITHIN);
    }

    private static String button(Call list, String name) {
        return buttonIds(list.json()).stream().filter(id -> id.startsWith(name + ":")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " button in " + list.json()));
    }

    private static List<String> audited(String action) {
        return org.beloved.testing.TestDatabase.jdbc()
                .sql("select record_type || ':' || record_id from audit_event where action = ? order by id")
                .param(action).query(String.class).list();
    }

    @Test
    void handOverGivesTheListingTheClaimantsContactAndRedrawsTheListInPlace() {
        long listing = listedAndClaimed("Gurdwara Sahib", "Ana Ruiz", "ana@example.org");
        Call list = approveList();
        assertThat(shown(list.json())).contains("CLAIM on Gurdwara Sahib", "claimed by Ana Ruiz, ana@example.org (WEB)");
        String handOver = button(list, "claim-approve");
        assertThat(buttonIds(list.json())).anySatisfy(id -> assertThat(id).startsWith("claim-reject:"));

        FakeInteraction click = discord.button(theOrganizer(), handOver, list.responseJson().getString("id"));

        assertThat(discord.awaitCallback(click, WITHIN).json().getInt("type")).isEqualTo(6);   // deferred update
        Call redrawn = discord.awaitOriginalEdit(click, WITHIN);
        assertThat(redrawn.json().getString("content"))
                .startsWith(texts.t(Language.EN, "approve.claim-approved", "Gurdwara Sahib"))
                .contains("No registrations are waiting for review.");
        assertThat(redrawn.json().toString()).doesNotContain(handOver);
        assertThat(directory.listed()).filteredOn(l -> l.id() == listing).singleElement()
                .satisfies(l -> assertThat(l.contact().name()).isEqualTo("Ana Ruiz"));
        assertThat(audited("claim.hand-over")).containsExactly("congregation:" + listing);

        FakeInteraction again = discord.button(theOrganizer(), handOver, null);   // an older copy of the list
        assertThat(discord.awaitOriginalEdit(again, WITHIN).json().getString("content"))
                .startsWith(texts.t(Language.EN, "approve.claim-gone"));
        assertThat(audited("claim.hand-over")).hasSize(1);
    }

    @Test
    void rejectDropsTheClaimAndLeavesTheListingAsItWas() {
        long listing = listedAndClaimed("Masjid Al-Noor", "Omar Haddad", "omar@example.org");
        Call list = approveList();

        FakeInteraction click = discord.button(theOrganizer(), button(list, "claim-reject"),
                list.responseJson().getString("id"));

        assertThat(discord.awaitOriginalEdit(click, WITHIN).json().getString("content"))
                .startsWith(texts.t(Language.EN, "approve.claim-rejected", "Masjid Al-Noor"));
        assertThat(directory.pendingClaims(10)).isEmpty();
        assertThat(directory.listed()).filteredOn(l -> l.id() == listing).singleElement()
                .satisfies(l -> assertThat(l.contact().name()).isEqualTo("Harpreet"));
        assertThat(audited("claim.reject")).containsExactly("congregation:" + listing);
    }

    @Test
    void handOverAndRejectClickedSixteenMinutesAfterTheListWasDrawnDecideNothing() {
        long listing = listedAndClaimed("Temple Beth Shalom", "Dana Cohen", "dana@example.org");
        Call list = approveList();

        for (String name : List.of("claim-approve", "claim-reject")) {
            ComponentId issued = ComponentId.parse(button(list, name)).orElseThrow();
            assertThat(issued.issued()).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now());
            String stale = issued.issuedAt(issued.issued().minus(Duration.ofMinutes(16))).encode();

            FakeInteraction click = discord.button(theOrganizer(), stale, list.responseJson().getString("id"));

            Call callback = discord.awaitCallback(click, WITHIN);
            assertThat(callback.json().getInt("type")).isEqualTo(4);   // a message of its own; the list stays
            assertThat(callback.json().getObject("data").getString("content"))
                    .isEqualTo(texts.t(Language.EN, "error.expired"));
            assertThat(callback.json().getObject("data").getInt("flags")).isEqualTo(64);
        }
        assertThat(directory.pendingClaims(10)).extracting(c -> c.listing().id()).containsExactly(listing);
        assertThat(audited("claim.hand-over")).isEmpty();
        assertThat(audited("claim.reject")).isEmpty();

        String fresh = ComponentId.parse(button(list, "claim-reject")).orElseThrow()
                .issuedAt(Instant.now().minus(Duration.ofMinutes(14))).encode();
        FakeInteraction click = discord.button(theOrganizer(), fresh, list.responseJson().getString("id"));
        assertThat(discord.awaitOriginalEdit(click, WITHIN).json().getString("content"))
                .startsWith(texts.t(Language.EN, "approve.claim-rejected", "Temple Beth Shalom"));
    }

    /** What a message shows: its content, and each embed's title, description and fields (/approve lists in an embed). */
    private static String shown(DataObject message) {
        StringBuilder text = new StringBuilder(message.getString("content", ""));
        DataArray embeds = message.optArray("embeds").orElseGet(DataArray::empty);
        for (int e = 0; e < embeds.length(); e++) {
            DataObject embed = embeds.getObject(e);
            text.append('\n').append(embed.getString("title", "")).append('\n').append(embed.getString("description", ""));
            DataArray fields = embed.optArray("fields").orElseGet(DataArray::empty);
            for (int f = 0; f < fields.length(); f++) {
                text.append('\n').append(fields.getObject(f).getString("name")).append('\n')
                        .append(fields.getObject(f).getString("value"));
            }
        }
        return text.toString();
    }

    // ---- server admins: /announce-channel

    @Test
    void announceChannelSetThenClearByAServerAdminHoldingManageServerThroughARole() {
        FakeGuild guild = discord.guild();
        Actor admin = Actor.member(guild, discord.addUser("pat"), guild.managerRoleId());

        FakeInteraction set = discord.slashCommand(admin, "announce-channel", Option.subcommand("set"));

        assertThat(discord.awaitOriginalEdit(set, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.EN, "announce.set", "<#" + guild.channelId() + ">"));
        assertThat(announceChannels.of(guild.id())).isPresent();

        FakeInteraction clear = discord.slashCommand(admin, "announce-channel", Option.subcommand("clear"));

        assertThat(discord.awaitOriginalEdit(clear, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.EN, "announce.cleared"));
        assertThat(announceChannels.of(guild.id())).isEmpty();
        FakeInteraction clearAgain = discord.slashCommand(admin, "announce-channel", Option.subcommand("clear"));
        assertThat(discord.awaitOriginalEdit(clearAgain, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.EN, "announce.none"));
    }

    @Test
    void announceChannelIsRefusedToAMemberWithoutManageServer() {
        FakeInteraction set = discord.slashCommand(member("quinn"), "announce-channel", Option.subcommand("set"));

        Call refused = discord.awaitCallback(set, WITHIN);
        assertThat(refused.json().getInt("type")).isEqualTo(4);   // answered at once
        assertThat(refused.json().getObject("data").getString("content"))
                .isEqualTo(texts.t(Language.EN, "error.server-admins-only"));
        assertThat(announceChannels.of(discord.guild().id())).isEmpty();
    }

    // ---- direct-message conversations

    private static String messagesTo(FakeUser user) {
        return "/channels/" + discord.directMessageChannel(user) + "/messages";
    }

    /** The {@code n}th (0-based) answer Discord accepted in this user's DM channel. */
    private static String awaitReply(FakeUser user, int n) {
        await().atMost(WITHIN).until(() -> delivered(user).size() > n);
        return delivered(user).get(n);
    }

    private static List<String> delivered(FakeUser user) {
        return discord.calls("POST", messagesTo(user)).stream().filter(c -> c.status() == 200)
                .map(c -> c.json().getString("content")).toList();
    }

    @Test
    void joinInADirectMessageAsksItsQuestionsTurnByTurn() {
        FakeUser nia = discord.addUser("nia");

        discord.directMessage(nia, "JOIN");
        assertThat(awaitReply(nia, 0)).contains("What is its name?");
        discord.directMessage(nia, "Grace Chapel");
        assertThat(awaitReply(nia, 1)).contains("Which tradition? Reply with its number:");
        discord.directMessage(nia, "3");
        assertThat(awaitReply(nia, 2)).contains("What is the congregation's 5-digit ZIP code?");
        discord.directMessage(nia, "94110");
        assertThat(awaitReply(nia, 3)).contains("Who is the contact person?");
    }

    @Test
    void stateInADirectMessageAfterATexasZipSpeaksOfTexasLaw() {
        FakeUser tex = discord.addUser("tex");

        discord.directMessage(tex, "79830");   // Alpine, TX
        assertThat(awaitReply(tex, 0)).contains("Texas law requires jails to work with ICE.", "text STATE");
        discord.directMessage(tex, "STATE");
        assertThat(awaitReply(tex, 1)).contains("Texas law requires jails to work with ICE and sheriffs to seek 287(g)",
                "least harmful model");
    }

    @Test
    void remindInADirectMessageAsksForAZipCodeThenSubscribesInItsTimeZone() {
        FakeUser sam = discord.addUser("sam");

        discord.directMessage(sam, "REMIND");
        assertThat(awaitReply(sam, 0)).contains("What is your ZIP code?");
        discord.directMessage(sam, "60601");   // Chicago

        assertThat(awaitReply(sam, 1)).contains("You will get a reminder a day and an hour before each webinar");
        assertThat(subscriptions.zoneOf(Channel.DISCORD, sam.id())).contains(ZoneId.of("America/Chicago"));
    }

    /**
     * A reply Discord cannot take now (40003, or a 5xx after JDA's own retries) is posted again after
     * a back-off, with the same nonce, so the person gets every answer before the conversation goes
     * on; nothing is doubled.
     */
    @Test
    void aDirectMessageReplyRefusedForNowOrFailedIsPostedAgainUntilItArrives() {
        FakeUser oli = discord.addUser("oli");

        discord.failNext("POST", messagesTo(oli), Fault.openingDirectMessagesTooFast());
        String join = discord.directMessage(oli, "JOIN");
        assertThat(awaitReply(oli, 0)).contains("What is its name?");

        discord.directMessage(oli, "Grace Chapel");
        assertThat(awaitReply(oli, 1)).contains("Which tradition? Reply with its number:");

        discord.failNext("POST", messagesTo(oli), Fault.serverError(500));   // JDA retries only 502, 503, 504, 529
        discord.directMessage(oli, "3");
        assertThat(awaitReply(oli, 2)).contains("5-digit ZIP code");

        discord.directMessage(oli, "94110");
        assertThat(awaitReply(oli, 3)).contains("Who is the contact person?");
        List<Call> posts = discord.calls("POST", messagesTo(oli));
        assertThat(posts).extracting(Call::status).containsExactly(400, 200, 200, 500, 200, 200);
        assertThat(posts.get(0).json().getString("nonce")).isEqualTo(join + "-0")
                .isEqualTo(posts.get(1).json().getString("nonce"));   // the same answer, posted again
        assertThat(posts.get(1).json().getBoolean("enforce_nonce")).isTrue();
        assertThat(discord.messagesIn(discord.directMessageChannel(oli))).hasSize(4);
    }
}
