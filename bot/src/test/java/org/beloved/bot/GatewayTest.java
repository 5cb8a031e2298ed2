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
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;

/** Connecting: intents, command registration, and conversations in direct messages. */
class GatewayTest extends BotTest {

    @Autowired
    CommandRegistrar registrar;

    @Autowired
    DirectMessages directMessages;

    @Test
    void noPrivilegedIntent() {
        assertThat(DiscordConfiguration.INTENTS).doesNotContain(GatewayIntent.GUILD_MEMBERS,
                GatewayIntent.GUILD_PRESENCES, GatewayIntent.MESSAGE_CONTENT);
    }

    @Test
    void everyCommandDefinitionIsValidAndHasASpanishDescription() {
        List<CommandData> definitions = registrar.definitions();
        assertThat(definitions).extracting(CommandData::getName)
                .containsExactlyInAnyOrder("help", "language", "announce-channel", "partners", "register", "approve", "toolkit", "webinars", "remind", "webinar");
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
        return jda;
    }

    @Test
    @SuppressWarnings("unchecked")
    void commandsAreRegisteredGloballyAsOneReplacingUpdate() {
        JDA jda = shard(0);
        CommandListUpdateAction update = mock(CommandListUpdateAction.class, RETURNS_SELF);
        when(jda.updateCommands()).thenReturn(update);
        ReadyEvent ready = mock(ReadyEvent.class);
        when(ready.getJDA()).thenReturn(jda);

        registrar.onReady(ready);

        ArgumentCaptor<java.util.Collection<? extends CommandData>> added = ArgumentCaptor.forClass(java.util.Collection.class);
        verify(update).addCommands(added.capture());
        assertThat(added.getValue()).hasSize(10);
        verify(update).queue(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
        verify(jda).getInviteUrl(CommandRegistrar.PERMISSIONS);
    }

    @Autowired
    InteractionRouter router;

    @Autowired
    BotTexts texts;

    @Test
    @SuppressWarnings("unchecked")
    void withGuildIdsCommandsAreRegisteredInThoseServersOnly() {
        CommandRegistrar perGuild = new CommandRegistrar(
                new DiscordProperties("token", List.of("123"), null, 1, "https://discord.com/api/v10/"), router, texts);
        Guild listed = mock(Guild.class);
        when(listed.getId()).thenReturn("123");
        CommandListUpdateAction update = mock(CommandListUpdateAction.class, RETURNS_SELF);
        when(listed.updateCommands()).thenReturn(update);
        GuildReadyEvent ready = mock(GuildReadyEvent.class);
        when(ready.getGuild()).thenReturn(listed);
        perGuild.onGuildReady(ready);
        verify(update).addCommands(org.mockito.ArgumentMatchers.<java.util.Collection<? extends CommandData>>any());
        verify(update).queue(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());

        JDA jda = shard(0);
        ReadyEvent connected = mock(ReadyEvent.class);
        when(connected.getJDA()).thenReturn(jda);
        perGuild.onReady(connected);
        verify(jda, never()).updateCommands();
    }

    @Test
    void noGuildRegistrationWithoutGuildIds() {
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn("123");
        GuildReadyEvent ready = mock(GuildReadyEvent.class);
        when(ready.getGuild()).thenReturn(guild);
        registrar.onGuildReady(ready);
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
        when(event.getMessageId()).thenReturn("1");
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        MessageCreateAction send = mock(MessageCreateAction.class);
        when(channel.sendMessage(org.mockito.ArgumentMatchers.anyString())).thenReturn(send);
        when(event.getChannel()).thenReturn(channel);

        directMessages.onMessageReceived(event);

        verify(channel, timeout(5000)).sendMessage(org.mockito.ArgumentMatchers.contains("94110 (San Francisco, CA)"));
        verify(send, timeout(5000)).queue();
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
