package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.beloved.conversation.Languages;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each command through a mocked JDA event, routed as JDA would route it. */
class CommandsTest extends BotTest {

    @Autowired
    InteractionRouter router;

    @Autowired
    Languages languages;

    private DiscordMocks.Slash run(DiscordMocks.Slash slash) {
        router.onSlashCommandInteraction(slash.event());
        return slash;
    }

    private static long announceRows() {
        return TestDatabase.jdbc().sql("select count(*) from discord_announce_channel").query(Long.class).single();
    }

    @Test
    void helpListsTheCommandsOnlyToTheUser() {
        DiscordMocks.Slash help = run(DiscordMocks.slash("help"));
        String answer = help.answer();
        assertThat(help.deferredEphemeral()).isTrue();
        assertThat(answer).contains("Beloved", "/help", "/language", "/announce-channel");
    }

    @Autowired
    org.springframework.beans.factory.ObjectProvider<SlashCommand> allCommands;

    @Autowired
    org.beloved.organizers.OrganizerRoster roster;

    @Autowired
    Interactions interactions;

    @Test
    void helpListsTheOrganizerCommandsOnlyWhenTheyAreRegistered() {
        assertThat(run(DiscordMocks.slash("help")).answer()).contains("/approve", "/webinar add");

        roster.refresh();   // the table is empty
        DiscordProperties off = new DiscordProperties("token", List.of(DiscordMocks.GUILD), null, 1, null, "https://discord.com/api/v10/");
        HelpSlashCommand help = new HelpSlashCommand(allCommands,
                new Organizers(off, new org.beloved.organizers.OrganizerSettings(List.of(), List.of()), roster),
                new CommandMentions());
        DiscordMocks.Slash slash = DiscordMocks.slash("help");
        help.handle(slash.event(), interactions);
        assertThat(slash.answer()).contains("/announce-channel", "/partners").doesNotContain("/approve", "/webinar add");
    }

    @Test
    void helpFollowsASpanishDiscordClient() {
        String answer = run(DiscordMocks.slash("help").locale(DiscordLocale.SPANISH_LATAM)).answer();
        assertThat(answer).contains("/ayuda - esta lista", "Comandos");
    }

    @Test
    void languageIsRememberedPerUserAndWinsOverTheClientLocale() {
        DiscordMocks.Slash set = run(DiscordMocks.slash("language").user("100000000000000042").option("language", "es"));
        assertThat(set.answer()).contains("español");
        assertThat(set.deferredEphemeral()).isTrue();
        assertThat(languages.remembered(Channel.DISCORD, "100000000000000042")).contains(Language.ES);

        run(DiscordMocks.slash("language").user("100000000000000042").locale(DiscordLocale.SPANISH)
                .option("language", "en")).answer();
        String help = run(DiscordMocks.slash("help").user("100000000000000042").locale(DiscordLocale.SPANISH)).answer();
        assertThat(help).contains("/help - this list");
    }

    @Test
    void aMissingOrWrongLanguageOptionIsRefusedClearly() {
        DiscordMocks.Slash missing = run(DiscordMocks.slash("language"));
        assertThat(missing.refusal()).contains("English", "Español");
        DiscordMocks.Slash wrong = run(DiscordMocks.slash("language").option("language", "fr"));
        assertThat(wrong.refusal()).contains("English", "Español");
        verify(wrong.event(), never()).deferReply(org.mockito.ArgumentMatchers.anyBoolean());
    }

    @Test
    void anOrganizerSetsAndClearsTheAnnouncementChannel() {
        DiscordMocks.Slash set = run(DiscordMocks.slash("announce-channel").subcommand("set")
                .inServer(List.of(Permission.MANAGE_SERVER), List.of())
                .channelOption("channel", "900000000000000077", ChannelType.NEWS));
        assertThat(set.answer()).contains("<#900000000000000077>");
        assertThat(set.deferredEphemeral()).isTrue();
        assertThat(TestDatabase.jdbc().sql("select channel_id from discord_announce_channel where guild_id = ?")
                .param(DiscordMocks.GUILD).query(String.class).single()).isEqualTo("900000000000000077");

        DiscordMocks.Slash clear = run(DiscordMocks.slash("announce-channel").subcommand("clear")
                .inServer(List.of(Permission.MANAGE_SERVER), List.of()));
        assertThat(clear.answer()).contains("no longer");
        assertThat(announceRows()).isZero();
    }

    @Test
    void theAdminRoleCountsAsOrganizerAndTheChannelDefaultsToThisOne() {
        DiscordMocks.Slash set = run(DiscordMocks.slash("announce-channel").subcommand("set")
                .inServer(List.of(), List.of("Member", "organizer")));
        assertThat(set.answer()).contains("<#" + DiscordMocks.CHANNEL + ">");
        assertThat(announceRows()).isEqualTo(1);
    }

    @Test
    void everyoneElseIsRefusedAndNothingHappens() {
        DiscordMocks.Slash refused = run(DiscordMocks.slash("announce-channel").subcommand("set")
                .inServer(List.of(Permission.MESSAGE_SEND), List.of("Member")));
        assertThat(refused.refusal()).contains("Only this server's admins (Manage Server) or organizers");
        verify(refused.event(), never()).deferReply(org.mockito.ArgumentMatchers.anyBoolean());
        assertThat(announceRows()).isZero();
    }

    @Test
    void serverCommandsRefuseInDirectMessages() {
        DiscordMocks.Slash dm = run(DiscordMocks.slash("announce-channel").subcommand("set"));
        assertThat(dm.refusal()).contains("works in a server");
        assertThat(announceRows()).isZero();
    }

    @Test
    void aVoiceChannelIsNotAnAnnouncementChannel() {
        DiscordMocks.Slash voice = run(DiscordMocks.slash("announce-channel").subcommand("set")
                .inServer(List.of(Permission.MANAGE_SERVER), List.of())
                .channelOption("channel", "900000000000000088", ChannelType.VOICE));
        assertThat(voice.refusal()).contains("text or announcement channel");
        assertThat(announceRows()).isZero();
    }

    @Test
    void refusalsSpeakTheClientsLanguage() {
        DiscordMocks.Slash refused = run(DiscordMocks.slash("announce-channel").subcommand("set")
                .locale(DiscordLocale.SPANISH));
        assertThat(refused.refusal()).contains("funciona en un servidor");
    }
}
