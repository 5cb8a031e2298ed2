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
    ShardManager shards;

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
            discord.clearInteractions();
        }
    }

    @AfterAll
    void disconnect() {
        shards.shutdown();
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
}
