package org.beloved.bot.counties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.beloved.bot.BotTestApplication;
import org.beloved.bot.BotTexts;
import org.beloved.bot.DiscordGateway;
import org.beloved.bot.testing.Actor;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeInteraction;
import org.beloved.bot.testing.FakeUser;
import org.beloved.bot.testing.Option;
import org.beloved.counties.CampaignStatus;
import org.beloved.counties.Counties;
import org.beloved.counties.County;
import org.beloved.counties.CountyCards;
import org.beloved.counties.DetainerPolicy;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.organizers.OrganizerSettings;
import org.beloved.shared.Language;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
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
 * /county zip (anyone) and /county-edit (organizers) through real JDA logged in to {@link FakeDiscord},
 * on the real counties module and database. The fake's server is the organizing server and one of
 * its users a named organizer. Travis County, Texas (FIPS 48453) holds ZIP 78701.
 */
@CleanDatabase
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = BotTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class CountyCommandsEndToEndTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final String TRAVIS = "48453";
    private static final FakeDiscord discord = FakeDiscord.start();
    private static final FakeUser organizer = discord.addUser("organizer");

    @DynamicPropertySource
    static void discordProperties(DynamicPropertyRegistry registry) {
        registry.add("beloved.discord.token", discord::token);
        registry.add("beloved.discord.api-base-url", discord::apiBaseUrl);
        registry.add("beloved.discord.guild-ids", () -> discord.guild().id());
        registry.add("beloved.organizers.discord-user-ids", organizer::id);
        registry.add("beloved.directory.public-url", () -> "https://beloved.example.org/");
    }

    @Autowired
    DiscordGateway gateway;

    @Autowired
    BotTexts texts;

    @Autowired
    Counties counties;

    @Autowired
    CountyCards cards;

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
            discord.clearInteractions();
        }
    }

    @AfterAll
    void disconnect() {
        gateway.shards().ifPresent(ShardManager::shutdown);
        discord.close();
    }

    private static Actor theOrganizer() {
        return Actor.member(discord.guild(), organizer);
    }

    private static Actor member(String name) {
        return Actor.member(discord.guild(), discord.addUser(name));
    }

    /** The immediate (refusing) reply's text. */
    private static String refusal(FakeInteraction interaction) {
        Call callback = discord.awaitCallback(interaction, WITHIN);
        assertThat(callback.json().getInt("type")).isEqualTo(4);
        return callback.json().getObject("data").getString("content");
    }

    /** The deferred answer, edited in: after a deferral ({@code type 5}) whose ephemerality is {@code ephemeral}. */
    private static DataObject deferredAnswer(FakeInteraction interaction, boolean ephemeral) {
        Call callback = discord.awaitCallback(interaction, WITHIN);
        assertThat(callback.json().getInt("type")).isEqualTo(5);
        int flags = callback.json().optObject("data").map(d -> d.getInt("flags", 0)).orElse(0);
        assertThat((flags & 64) != 0).as("ephemeral").isEqualTo(ephemeral);
        return discord.awaitOriginalEdit(interaction, WITHIN).json();
    }

    private static DataObject embed(DataObject message) {
        return message.getArray("embeds").getObject(0);
    }

    private FakeInteraction countyEdit(Actor actor, Option... options) {
        Option[] all = new Option[options.length + 1];
        all[0] = Option.string("fips", TRAVIS);
        System.arraycopy(options, 0, all, 1, options.length);
        return discord.slashCommand(actor, "county-edit", all);
    }

    private static int audited() {
        return TestDatabase.jdbc().sql("select count(*) from audit_event where action = 'county.edit' and record_id = ?")
                .param(TRAVIS).query(Integer.class).single();
    }

    @Test
    void countyIsForEveryoneAndCountyEditOnlyInTheOrganizingServer() {
        assertThat(discord.registeredCommandNames("global")).contains("county").doesNotContain("county-edit");
        assertThat(discord.registeredCommandNames(discord.guild().id())).contains("county-edit");
    }

    @Test
    void countyAnswersTheZipsCountyCardForEveryoneWithALinkToItsPage() {
        County travis = counties.find(TRAVIS).orElseThrow();
        String card = cards.card(travis, Language.EN);

        DataObject answer = deferredAnswer(discord.slashCommand(member("pat"), "county", Option.string("zip", "78701")), false);

        DataObject embed = embed(answer);
        assertThat(embed.getString("title")).isEqualTo(card.lines().findFirst().orElseThrow()).contains("Travis");
        assertThat(embed.getString("url")).isEqualTo("https://beloved.example.org/county/48453");
        assertThat(embed.getString("description")).contains(card.substring(card.indexOf('\n') + 1))
                .contains("https://beloved.example.org/county/48453");
    }

    @Test
    void countyAnswersInTheUsersLanguage() {
        Actor ana = member("ana").withLocale("es-ES");
        County travis = counties.find(TRAVIS).orElseThrow();

        DataObject embed = embed(deferredAnswer(discord.slashCommand(ana, "county", Option.string("zip", "78701")), false));

        assertThat(embed.getString("title")).isEqualTo(cards.card(travis, Language.ES).lines().findFirst().orElseThrow())
                .contains("Condado de Travis");
        assertThat(embed.getString("url")).endsWith("/county/48453?lang=es");
        assertThat(embed.getString("description")).contains(texts.t(Language.ES, "discord.county.more",
                "https://beloved.example.org/county/48453?lang=es"));
    }

    @Test
    void aZipThatIsNotOneIsRefusedAtOnceAndAnUnknownOneIsAnswered() {
        assertThat(refusal(discord.slashCommand(member("lee"), "county", Option.string("zip", "787"))))
                .isEqualTo(texts.t(Language.EN, "zip.malformed"));

        DataObject answer = deferredAnswer(discord.slashCommand(member("kim"), "county", Option.string("zip", "00000")), false);
        assertThat(answer.getString("content")).isEqualTo(texts.t(Language.EN, "discord.county.unknown-zip", "00000"));
    }

    @Test
    void anOrganizerRecordsACountyAndEveryoneSeesItThenChangesOneFieldKeepingTheRest() {
        DataObject saved = deferredAnswer(countyEdit(theOrganizer(), Option.string("detainer_policy", "limits"),
                Option.string("campaign_status", "active"), Option.string("policy_note", "Sheriff asks for a judicial warrant"),
                Option.string("source_url", "https://example.org/travis-policy"), Option.string("reviewed_on", "2026-11-20"),
                Option.string("meeting_body", "Commissioners Court"), Option.string("meeting_start", "2030-12-08T19:00"),
                Option.string("meeting_time_zone", "America/Chicago"), Option.string("meeting_url", "https://example.org/agenda")),
                true);

        County travis = counties.find(TRAVIS).orElseThrow();
        assertThat(saved.getString("content")).startsWith(texts.t(Language.EN, "discord.county-edit.saved"))
                .contains(cards.card(travis, Language.EN));
        assertThat(travis.recorded()).isTrue();
        assertThat(travis.detainerPolicy()).isEqualTo(DetainerPolicy.LIMITS);
        assertThat(travis.campaignStatus()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(travis.nextMeeting()).hasValueSatisfying(m -> {
            assertThat(m.body()).isEqualTo("Commissioners Court");
            assertThat(m.start()).isEqualTo(LocalDateTime.of(2030, 12, 8, 19, 0));
            assertThat(m.timeZone().getId()).isEqualTo("America/Chicago");
        });
        assertThat(audited()).isEqualTo(1);
        assertThat(TestDatabase.jdbc().sql("select actor from audit_event where action = 'county.edit'")
                .query(String.class).single()).doesNotContain(organizer.id());

        String everyone = embed(deferredAnswer(discord.slashCommand(member("rae"), "county", Option.string("zip", "78701")),
                false)).getString("description");
        assertThat(everyone).contains("Commissioners Court", "Sheriff asks for a judicial warrant");

        assertThat(deferredAnswer(countyEdit(theOrganizer(), Option.string("policy_note", "-"),
                Option.string("campaign_status", "won")), true).getString("content"))
                .startsWith(texts.t(Language.EN, "discord.county-edit.saved"));
        County after = counties.find(TRAVIS).orElseThrow();
        assertThat(after.policyNote()).isNull();
        assertThat(after.campaignStatus()).isEqualTo(CampaignStatus.WON);
        assertThat(after.detainerPolicy()).isEqualTo(DetainerPolicy.LIMITS);
        assertThat(after.sourceUrl()).isEqualTo("https://example.org/travis-policy");
        assertThat(after.nextMeeting()).map(m -> m.body()).hasValue("Commissioners Court");

        assertThat(deferredAnswer(countyEdit(theOrganizer(), Option.bool("clear_meeting", true)), true).getString("content"))
                .startsWith(texts.t(Language.EN, "discord.county-edit.saved"));
        assertThat(counties.find(TRAVIS).orElseThrow().nextMeeting()).isEmpty();
        assertThat(audited()).isEqualTo(3);
    }

    @Test
    void anInvalidEditSavesNothingAndSaysWhatToFix() {
        DataObject answer = deferredAnswer(countyEdit(theOrganizer(), Option.string("campaign_status", "active"),
                Option.string("meeting_body", "Commissioners Court"), Option.string("meeting_start", "next tuesday"),
                Option.string("meeting_time_zone", "America/Chicago")), true);

        assertThat(answer.getString("content")).startsWith("Nothing was saved. Please fix:\n- ");
        assertThat(counties.find(TRAVIS).orElseThrow().recorded()).isFalse();
        assertThat(audited()).isZero();
    }

    @Test
    void aBadFipsOrAClearWithAChangeIsRefusedAtOnceAndAnUnknownCountyIsAnswered() {
        assertThat(refusal(discord.slashCommand(theOrganizer(), "county-edit", Option.string("fips", "4845x"))))
                .isEqualTo(texts.t(Language.EN, "discord.county-edit.bad-fips"));
        assertThat(refusal(countyEdit(theOrganizer(), Option.bool("clear_meeting", true),
                Option.string("meeting_body", "Commissioners Court"))))
                .isEqualTo(texts.t(Language.EN, "discord.county-edit.clear-and-set"));
        DataObject unknown = deferredAnswer(discord.slashCommand(theOrganizer(), "county-edit", Option.string("fips", "99999"),
                Option.string("campaign_status", "active")), true);
        assertThat(unknown.getString("content")).isEqualTo(texts.t(Language.EN, "discord.county-edit.not-found", "99999"));
        assertThat(audited()).isZero();
    }

    @Test
    void countyEditIsRefusedToMembersWhoAreNotOrganizers() {
        assertThat(refusal(countyEdit(member("sam"), Option.string("campaign_status", "won"))))
                .isEqualTo(texts.t(Language.EN, "error.organizers-only"));
        assertThat(counties.find(TRAVIS).orElseThrow().campaignStatus()).isEqualTo(CampaignStatus.NONE);
        assertThat(audited()).isZero();
    }
}
