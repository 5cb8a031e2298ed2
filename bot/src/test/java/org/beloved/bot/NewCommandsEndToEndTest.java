package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.beloved.bot.testing.Actor;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeGuild;
import org.beloved.bot.testing.FakeInteraction;
import org.beloved.bot.testing.FakeUser;
import org.beloved.bot.testing.Option;
import org.beloved.shared.Language;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
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
 * The slash commands added in issue 14, through real JDA and {@link FakeDiscord}: /server-zip and
 * /partners without a ZIP, /my-listing, /remove-listing, /delete-my-data, /stats.
 */
@CleanDatabase
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BotTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class NewCommandsEndToEndTest {

    static final Duration WITHIN = Duration.ofSeconds(10);
    static final FakeDiscord discord = FakeDiscord.start();

    @DynamicPropertySource
    static void discordProperties(DynamicPropertyRegistry registry) {
        registry.add("beloved.discord.token", discord::token);
        registry.add("beloved.discord.api-base-url", discord::apiBaseUrl);
    }

    @Autowired
    DiscordGateway gateway;

    @Autowired
    BotTexts texts;

    @Autowired
    org.beloved.directory.Directory directory;

    @Autowired
    org.beloved.webinars.Subscriptions subscriptions;

    @Autowired
    org.beloved.conversation.Languages languages;

    private void registers(FakeUser user, String name) {
        assertThat(directory.register(new org.beloved.directory.NewCongregation(name, org.beloved.directory.Tradition.CATHOLIC,
                "94110", null, "Contact Person", "c@example.org", null, null, true, false,
                org.beloved.shared.Channel.DISCORD, user.id())).saved()).isTrue();
    }

    private static String status(String name) {
        return TestDatabase.jdbc().sql("select status from congregation where name = ?").param(name).query(String.class).single();
    }

    /** The confirmation's button whose custom id starts with {@code prefix}, from the edited original response. */
    private static String button(Call confirmation, String prefix) {
        var rows = confirmation.json().getArray("components");
        for (int r = 0; r < rows.length(); r++) {
            var buttons = rows.getObject(r).getArray("components");
            for (int b = 0; b < buttons.length(); b++) {
                String id = buttons.getObject(b).getString("custom_id");
                if (id.startsWith(prefix)) {
                    return id;
                }
            }
        }
        throw new AssertionError("No button " + prefix + " in " + confirmation.body());
    }

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

    /** What the user finally read: the original response's edit, or the immediate (refusing) reply. */
    static String answer(FakeInteraction interaction) {
        Call callback = discord.awaitCallback(interaction, WITHIN);
        if (callback.json().getInt("type") == 4) {
            return callback.json().getObject("data").getString("content");
        }
        Call edit = discord.awaitOriginalEdit(interaction, WITHIN);
        return edit.body();
    }

    // ---- /server-zip and /partners without a ZIP

    @Test
    void partnersWithoutAZipUsesTheServerDefaultSetByItsAdmins() {
        FakeGuild guild = discord.guild();
        Actor member = Actor.member(guild, discord.addUser("pat"));
        assertThat(answer(discord.slashCommand(member, "partners")))
                .contains(texts.t(Language.EN, "partners.no-zip.server"));

        String set = answer(discord.slashCommand(Actor.member(guild, guild.owner()), "server-zip",
                Option.subcommand("set", Option.string("zip", "94110"))));

        assertThat(set).contains(texts.t(Language.EN, "server-zip.set", "94110", "San Francisco", "CA"));
        assertThat(TestDatabase.jdbc().sql("select zip from discord_server_zip where guild_id = ?").param(guild.id())
                .query(String.class).single()).isEqualTo("94110");
        assertThat(TestDatabase.jdbc().sql("select count(*) from audit_event where action = 'server-zip.set'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(answer(discord.slashCommand(member, "partners"))).contains("94110", "San Francisco");
        assertThat(answer(discord.slashCommand(member, "server-zip", Option.subcommand("show"))))
                .contains(texts.t(Language.EN, "error.server-admins-only"));

        assertThat(answer(discord.slashCommand(Actor.member(guild, guild.owner()), "server-zip", Option.subcommand("clear"))))
                .contains(texts.t(Language.EN, "server-zip.cleared"));
        assertThat(answer(discord.slashCommand(member, "partners")))
                .contains(texts.t(Language.EN, "partners.no-zip.server"));
    }

    @Test
    void aServerZipThatIsNotAZipIsRefusedClearly() {
        FakeGuild guild = discord.guild();
        assertThat(answer(discord.slashCommand(Actor.member(guild, guild.owner()), "server-zip",
                Option.subcommand("set", Option.string("zip", "nowhere")))))
                .contains(texts.t(Language.EN, "zip.malformed"));
    }

    @Test
    void partnersWithoutAZipInADirectMessageAsksForOne() {
        FakeUser quinn = discord.addUser("quinn");
        assertThat(answer(discord.slashCommand(Actor.inDirectMessage(quinn), "partners")))
                .contains(texts.t(Language.EN, "partners.no-zip.dm"));
    }

    // ---- /my-listing, /remove-listing, /delete-my-data

    @Test
    void myListingShowsTheUsersOwnListingsOnlyToThem() {
        FakeUser rae = discord.addUser("rae");
        Actor actor = Actor.member(discord.guild(), rae);
        assertThat(answer(discord.slashCommand(actor, "my-listing"))).contains(texts.t(Language.EN, "discord.listing.none"));
        registers(rae, "Rae's Chapel");
        registers(discord.addUser("someone else"), "Other Chapel");

        FakeInteraction mine = discord.slashCommand(actor, "my-listing");

        assertThat(discord.awaitCallback(mine, WITHIN).json().getObject("data").getInt("flags")).isEqualTo(64);
        assertThat(answer(mine)).contains("Rae's Chapel", "waiting for review", "c@example.org", "/remove-listing")
                .doesNotContain("Other Chapel");
    }

    @Test
    void removeListingHidesTheListingsOnlyAfterTheConfirmation() {
        FakeUser sam = discord.addUser("sam");
        Actor actor = Actor.inDirectMessage(sam);
        registers(sam, "Sam's Temple");
        directory.approve(directory.listingsOf(org.beloved.shared.Channel.DISCORD, sam.id()).get(0).id());

        FakeInteraction asked = discord.slashCommand(actor, "remove-listing");
        Call confirmation = discord.awaitOriginalEdit(asked, WITHIN);
        assertThat(confirmation.json().getString("content")).contains("Sam's Temple");
        assertThat(status("Sam's Temple")).isEqualTo("listed");   // nothing changed yet

        String yesId = button(confirmation, "remove-listing:yes");
        FakeInteraction yes = discord.button(actor, yesId, confirmation.responseJson().getString("id"));

        assertThat(discord.awaitOriginalEdit(yes, WITHIN).json().getString("content"))
                .isEqualTo(texts.t(Language.EN, "discord.listing.removed", 1));
        assertThat(status("Sam's Temple")).isEqualTo("hidden");
    }

    @Test
    void removeListingWithNothingToRemoveSaysSo() {
        assertThat(answer(discord.slashCommand(Actor.member(discord.guild(), discord.addUser("tia")), "remove-listing")))
                .contains(texts.t(Language.EN, "listing.nothing-to-remove"));
    }

    @Test
    void deleteMyDataErasesEverythingThroughTheSameUseCaseOnlyAfterTheConfirmation() {
        FakeUser uma = discord.addUser("uma");
        Actor actor = Actor.inDirectMessage(uma);
        subscriptions.subscribe(org.beloved.shared.Channel.DISCORD, uma.id(), java.time.ZoneOffset.UTC);
        languages.remember(org.beloved.shared.Channel.DISCORD, uma.id(), Language.EN);
        registers(uma, "Uma's Mosque");

        FakeInteraction asked = discord.slashCommand(actor, "delete-my-data");
        Call confirmation = discord.awaitOriginalEdit(asked, WITHIN);
        assertThat(confirmation.json().getString("content")).isEqualTo(texts.t(Language.EN, "delete-my-data.confirm"));
        assertThat(subscriptions.zoneOf(org.beloved.shared.Channel.DISCORD, uma.id())).isPresent();   // nothing erased yet
        String message = confirmation.responseJson().getString("id");

        FakeInteraction someoneElse = discord.button(Actor.inDirectMessage(discord.addUser("vic")),
                button(confirmation, "delete-my-data:yes"), message);
        assertThat(answer(someoneElse)).contains(texts.t(Language.EN, "error.not-yours"));
        assertThat(subscriptions.zoneOf(org.beloved.shared.Channel.DISCORD, uma.id())).isPresent();

        FakeInteraction yes = discord.button(actor, button(confirmation, "delete-my-data:yes"), message);

        String done = discord.awaitOriginalEdit(yes, WITHIN).json().getString("content");
        assertThat(done).startsWith("Done. Erased:");
        assertThat(subscriptions.zoneOf(org.beloved.shared.Channel.DISCORD, uma.id())).isEmpty();
        assertThat(languages.remembered(org.beloved.shared.Channel.DISCORD, uma.id())).isEmpty();
        assertThat(TestDatabase.jdbc().sql("select contact_email from congregation where name = ?").param("Uma's Mosque")
                .query(String.class).optional().orElse(null)).isNull();
    }

    @Test
    void deleteMyDataKeepsEverythingWhenTheUserSaysNo() {
        FakeUser wes = discord.addUser("wes");
        Actor actor = Actor.member(discord.guild(), wes);
        subscriptions.subscribe(org.beloved.shared.Channel.DISCORD, wes.id(), java.time.ZoneOffset.UTC);
        Call confirmation = discord.awaitOriginalEdit(discord.slashCommand(actor, "delete-my-data"), WITHIN);

        FakeInteraction no = discord.button(actor, button(confirmation, "delete-my-data:no"),
                confirmation.responseJson().getString("id"));

        assertThat(discord.awaitOriginalEdit(no, WITHIN).json().getString("content")).isEqualTo(texts.t(Language.EN, "delete.kept"));
        assertThat(subscriptions.zoneOf(org.beloved.shared.Channel.DISCORD, wes.id())).isPresent();
    }
}
