package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.organizers.OrganizerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;

/** Connecting: intents, command registration, and conversations in direct messages. */
class GatewayTest extends BotTest {

    @Autowired
    CommandRegistrar registrar;

    @Autowired
    DirectMessages directMessages;

    @Autowired
    DiscordHealthIndicator health;

    @Autowired
    DiscordChannel discordChannel;

    @Test
    void withoutATokenDiscordIsOffHereAndTheDiscordChannelIsNotReady() {
        assertThat(health.health().getStatus().getCode()).isEqualTo("OFF");
        assertThat(discordChannel.ready()).isFalse();
    }

    @Test
    void noPrivilegedIntent() {
        assertThat(DiscordConfiguration.INTENTS).doesNotContain(GatewayIntent.GUILD_MEMBERS,
                GatewayIntent.GUILD_PRESENCES, GatewayIntent.MESSAGE_CONTENT);
    }

    @Test
    void everyCommandDefinitionIsValidAndHasASpanishDescription() {
        List<CommandData> definitions = registrar.definitions();
        assertThat(definitions).extracting(CommandData::getName)
                .containsExactlyInAnyOrder("help", "language", "announce-channel", "partners", "register", "approve", "toolkit", "webinars", "remind", "webinar", "server-zip", "my-listing", "remove-listing", "delete-my-data", "stats", "county", "county-edit", "alerts");
        for (CommandData data : definitions) {
            var slash = (net.dv8tion.jda.api.interactions.commands.build.SlashCommandData) data;
            assertThat(slash.getDescriptionLocalizations().toMap())
                    .containsKeys(net.dv8tion.jda.api.interactions.DiscordLocale.SPANISH);
            assertThat(slash.toData().toJson()).isNotEmpty();
        }
    }

    private static JDA shard(int id) {
        JDA jda = mock(JDA.class);
        when(jda.getShardInfo()).thenReturn(new JDA.ShardInfo(id, 1));
        SelfUser self = mock(SelfUser.class);
        when(self.getName()).thenReturn("Beloved");
        when(jda.getSelfUser()).thenReturn(self);
        when(jda.getInviteUrl(CommandRegistrar.PERMISSIONS)).thenReturn("https://discord.example/invite");
        CommandListUpdateAction update = mock(CommandListUpdateAction.class, RETURNS_SELF);
        when(jda.updateCommands()).thenReturn(update);
        return jda;
    }

    @Autowired
    InteractionRouter router;

    @Autowired
    BotTexts texts;

    @Autowired
    OrganizerRoster roster;

    private static final OrganizerSettings NO_NAMED_ORGANIZERS = new OrganizerSettings(List.of(), List.of());

    private CommandRegistrar registrar(List<String> guildIds, String organizerRoleId, OrganizerSettings named) {
        DiscordProperties properties = new DiscordProperties("token", guildIds, null, 1, organizerRoleId, "https://discord.com/api/v10/");
        return new CommandRegistrar(properties, router, texts, new Organizers(properties, named, roster),
                new CommandMentions());
    }

    @SuppressWarnings("unchecked")
    private static List<String> registeredIn(CommandListUpdateAction update) {
        ArgumentCaptor<java.util.Collection<? extends CommandData>> added = ArgumentCaptor.forClass(java.util.Collection.class);
        verify(update).addCommands(added.capture());
        verify(update).queue(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
        return added.getValue().stream().map(CommandData::getName).map(String::valueOf).toList();
    }

    private static List<String> registeredInServer(CommandRegistrar registrar, String guildId) {
        Guild listed = mock(Guild.class);
        when(listed.getId()).thenReturn(guildId);
        CommandListUpdateAction update = mock(CommandListUpdateAction.class, RETURNS_SELF);
        when(listed.updateCommands()).thenReturn(update);
        GuildReadyEvent ready = mock(GuildReadyEvent.class);
        when(ready.getGuild()).thenReturn(listed);
        registrar.onGuildReady(ready);
        return registeredIn(update);
    }

    /**
     * Without organizing servers (guild-ids) no one can be an organizer anywhere, so the global set
     * leaves the organizer commands out. (Before issue 13 all ten were registered globally, and Manage
     * Server in any server counted as organizer.)
     */
    @Test
    void commandsAreRegisteredGloballyAsOneReplacingUpdateWithoutTheOrganizerCommands() {
        JDA jda = shard(0);
        CommandListUpdateAction update = mock(CommandListUpdateAction.class, RETURNS_SELF);
        when(jda.updateCommands()).thenReturn(update);
        ReadyEvent ready = mock(ReadyEvent.class);
        when(ready.getJDA()).thenReturn(jda);

        registrar(List.of(), JdaEvents.ORGANIZER_ROLE_ID, NO_NAMED_ORGANIZERS).onReady(ready);

        assertThat(registeredIn(update)).hasSize(14).contains("announce-channel").doesNotContain("approve", "webinar");
        verify(jda).getInviteUrl(CommandRegistrar.PERMISSIONS);
    }

    /**
     * With organizing servers, only the organizer commands are registered in them; member and
     * server-admin commands stay global, so they work in DMs too. (Until issue 14 every command was
     * registered per server, and /remind, /language, /register vanished from DMs.)
     */
    @Test
    void withGuildIdsOnlyTheOrganizerCommandsAreRegisteredInThoseServersAndTheRestGlobally() {
        CommandRegistrar perGuild = registrar(List.of("123"), JdaEvents.ORGANIZER_ROLE_ID, NO_NAMED_ORGANIZERS);
        assertThat(registeredInServer(perGuild, "123")).containsExactlyInAnyOrder("approve", "webinar", "stats", "county-edit");

        JDA jda = shard(0);
        ReadyEvent connected = mock(ReadyEvent.class);
        when(connected.getJDA()).thenReturn(jda);
        perGuild.onReady(connected);
        assertThat(registeredIn(jda.updateCommands())).hasSize(14).contains("help", "remind", "announce-channel")
                .doesNotContain("approve", "webinar");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void withNoOrganizerConfiguredTheOrganizerCommandsAreNotRegisteredAndTheLogSaysHowToTurnThemOn(CapturedOutput log) {
        roster.refresh();   // the table is empty: no organizer added by hand either
        CommandRegistrar registrar = registrar(List.of("123"), null, NO_NAMED_ORGANIZERS);
        // the server's set is replaced by an empty one (organizer commands left there earlier disappear);
        // the others are global (until issue 14 they were registered in the server: 8 commands)
        assertThat(registeredInServer(registrar, "123")).isEmpty();
        assertThat(registrar.globalDefinitions()).hasSize(14).extracting(CommandData::getName)
                .contains("announce-channel", "register").doesNotContain("approve", "webinar");

        ReadyEvent connected = mock(ReadyEvent.class);
        JDA jda = shard(0);
        when(connected.getJDA()).thenReturn(jda);
        registrar.onReady(connected);
        assertThat(log.getOut()).contains("Organizer commands (/approve, /webinar) are off",
                "beloved.organizers.discord-user-ids", "beloved.discord.organizer-role-id");
    }

    @Test
    void aNamedOrganizerAloneTurnsTheOrganizerCommandsOn() {
        CommandRegistrar registrar = registrar(List.of("123"), null,
                new OrganizerSettings(List.of(JdaEvents.NAMED_ORGANIZER), List.of()));
        // only the organizer commands in the server since issue 14 (before: all 10)
        assertThat(registeredInServer(registrar, "123")).containsExactlyInAnyOrder("approve", "webinar", "stats", "county-edit");
        assertThat(registrar.definitions()).hasSize(18);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theAdminRoleNameStillTurnsOrganizerCommandsOnWithADeprecationLine(CapturedOutput log) {
        DiscordProperties properties = new DiscordProperties("token", List.of("123"), "Organizer", 1, null, "https://discord.com/api/v10/");
        CommandRegistrar registrar = new CommandRegistrar(properties, router, texts,
                new Organizers(properties, NO_NAMED_ORGANIZERS, roster), new CommandMentions());
        assertThat(log.getOut()).contains("beloved.discord.admin-role is deprecated", "beloved.discord.organizer-role-id",
                "only in the servers of beloved.discord.guild-ids");
        assertThat(registeredInServer(registrar, "123")).contains("approve", "webinar");
    }

    @Test
    void noGuildRegistrationWithoutGuildIds() {
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn("123");
        GuildReadyEvent ready = mock(GuildReadyEvent.class);
        when(ready.getGuild()).thenReturn(guild);
        registrar(List.of(), JdaEvents.ORGANIZER_ROLE_ID, NO_NAMED_ORGANIZERS).onGuildReady(ready);
        registrar.onGuildReady(ready);   // the context's: a server that is not listed
        verify(guild, never()).updateCommands();
    }

    @Test
    void aDirectMessageIsAConversationWithTheEngine() {
        MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        when(event.isFromType(ChannelType.PRIVATE)).thenReturn(true);
        User author = mock(User.class);
        when(author.getId()).thenReturn("100000000000000009");
        when(author.isBot()).thenReturn(false);
        when(event.getAuthor()).thenReturn(author);
        Message message = mock(Message.class);
        when(message.getContentRaw()).thenReturn("94110");
        when(event.getMessage()).thenReturn(message);
        String messageId = Long.toString(System.nanoTime());   // a new message: DMs are answered once per id
        when(event.getMessageId()).thenReturn(messageId);
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        when(channel.getId()).thenReturn("900000000000000009");
        when(event.getChannel()).thenReturn(channel);

        directMessages.onMessageReceived(event);

        verify(replies, timeout(5000)).send(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.eq("900000000000000009"),
                org.mockito.ArgumentMatchers.eq("100000000000000009"), org.mockito.ArgumentMatchers.eq(messageId),
                org.mockito.ArgumentMatchers.argThat(answer -> String.join("\n", answer).contains("94110 (San Francisco, CA)")));
    }

    @Test
    void messagesFromBotsAndServersAreNotConversations() {
        MessageReceivedEvent fromBot = mock(MessageReceivedEvent.class);
        when(fromBot.isFromType(ChannelType.PRIVATE)).thenReturn(true);
        User bot = mock(User.class);
        when(bot.isBot()).thenReturn(true);
        when(fromBot.getAuthor()).thenReturn(bot);
        directMessages.onMessageReceived(fromBot);
        verify(fromBot, never()).getMessage();

        MessageReceivedEvent inServer = mock(MessageReceivedEvent.class);
        when(inServer.isFromType(ChannelType.PRIVATE)).thenReturn(false);
        directMessages.onMessageReceived(inServer);
        verify(inServer, never()).getMessage();
    }
}
