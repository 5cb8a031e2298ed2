package org.beloved.bot;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.GuildChannelUnion;
import net.dv8tion.jda.api.entities.channel.unions.GuildMessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.mockito.ArgumentCaptor;

/** Mockito stand-ins for JDA interaction events, shaped as JDA delivers them. */
final class DiscordMocks {

    static final String GUILD = "900000000000000001";
    static final String CHANNEL = "900000000000000002";

    private DiscordMocks() {
    }

    /** A slash command event; configure it further with the returned builder. */
    static Slash slash(String name) {
        return new Slash(name);
    }

    static final class Slash {
        private final SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        private final Map<String, OptionMapping> options = new HashMap<>();
        private final ReplyCallbackAction deferAction = mock(ReplyCallbackAction.class);
        private final ReplyCallbackAction replyAction = mock(ReplyCallbackAction.class);
        private final InteractionHook hook = mock(InteractionHook.class);

        Slash(String name) {
            when(event.getName()).thenReturn(name);
            when(event.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_US);
            when(event.deferReply(anyBoolean())).thenReturn(deferAction);
            when(event.reply(anyString())).thenReturn(replyAction);
            when(replyAction.setEphemeral(anyBoolean())).thenReturn(replyAction);
            when(event.getHook()).thenReturn(hook);
            WebhookMessageEditAction<?> edit = mock(WebhookMessageEditAction.class);
            when(hook.editOriginal(any(MessageEditData.class))).thenAnswer(i -> edit);
            when(hook.editOriginal(anyString())).thenAnswer(i -> edit);
            when(event.getOption(anyString())).thenAnswer(i -> options.get(i.<String>getArgument(0)));
            user("100000000000000001");
            inDm();
        }

        Slash user(String id) {
            User user = mock(User.class);
            when(user.getId()).thenReturn(id);
            when(user.getIdLong()).thenReturn(Long.parseLong(id));
            when(event.getUser()).thenReturn(user);
            return this;
        }

        Slash locale(DiscordLocale locale) {
            when(event.getUserLocale()).thenReturn(locale);
            return this;
        }

        Slash inDm() {
            when(event.isFromGuild()).thenReturn(false);
            when(event.getMember()).thenReturn(null);
            when(event.getGuild()).thenReturn(null);
            return this;
        }

        /** In the organizing server, as a member with these permissions and role names. */
        Slash inServer(List<Permission> permissions, List<String> roles) {
            return inServer(GUILD, permissions, roles);
        }

        /** In the server {@code guildId}, as a member with these permissions and role names. */
        Slash inServer(String guildId, List<Permission> permissions, List<String> roles) {
            Guild guild = mock(Guild.class);
            when(guild.getId()).thenReturn(guildId);
            Member member = mock(Member.class);
            when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(permissions.contains(Permission.MANAGE_SERVER));
            List<Role> roleMocks = roles.stream().map(n -> {
                Role r = mock(Role.class);
                when(r.getName()).thenReturn(n);
                return r;
            }).toList();
            when(member.getRoles()).thenReturn(roleMocks);
            when(event.isFromGuild()).thenReturn(true);
            when(event.getGuild()).thenReturn(guild);
            when(member.getGuild()).thenReturn(guild);
            when(event.getMember()).thenReturn(member);
            GuildMessageChannelUnion here = mock(GuildMessageChannelUnion.class);
            when(here.getId()).thenReturn(CHANNEL);
            when(here.getType()).thenReturn(ChannelType.TEXT);
            when(here.getAsMention()).thenReturn("<#" + CHANNEL + ">");
            when(event.getGuildChannel()).thenReturn(here);
            return this;
        }

        Slash subcommand(String name) {
            when(event.getSubcommandName()).thenReturn(name);
            return this;
        }

        Slash option(String name, String value) {
            OptionMapping mapping = mock(OptionMapping.class);
            when(mapping.getAsString()).thenReturn(value);
            options.put(name, mapping);
            return this;
        }

        Slash channelOption(String name, String id, ChannelType type) {
            OptionMapping mapping = mock(OptionMapping.class);
            GuildChannelUnion channel = channel(id, type);
            when(mapping.getAsChannel()).thenReturn(channel);
            options.put(name, mapping);
            return this;
        }

        SlashCommandInteractionEvent event() {
            return event;
        }

        /** The deferred answer, once the executor has finished it. */
        String answer() {
            return JdaEvents.shown(JdaEvents.answer(hook));
        }

        boolean deferredEphemeral() {
            ArgumentCaptor<Boolean> captor = ArgumentCaptor.forClass(Boolean.class);
            verify(event).deferReply(captor.capture());
            return captor.getValue();
        }

        /** The immediate ephemeral refusal. */
        String refusal() {
            return DiscordMocks.refusal(event, replyAction);
        }
    }

    static String refusal(IReplyCallback event, ReplyCallbackAction replyAction) {
        ArgumentCaptor<String> captor = ArgumentCaptor.forClass(String.class);
        verify(event).reply(captor.capture());
        verify(replyAction).setEphemeral(true);
        return captor.getValue();
    }

    static GuildChannelUnion channel(String id, ChannelType type) {
        GuildChannelUnion channel = mock(GuildChannelUnion.class);
        when(channel.getId()).thenReturn(id);
        when(channel.getType()).thenReturn(type);
        when(channel.getAsMention()).thenReturn("<#" + id + ">");
        return channel;
    }

    /** A button click by {@code userId} on the component {@code customId}. */
    static ButtonInteractionEvent button(String customId, String userId, ReplyCallbackAction replyAction) {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        when(event.getComponentId()).thenReturn(customId);
        User user = mock(User.class);
        when(user.getId()).thenReturn(userId);
        when(event.getUser()).thenReturn(user);
        when(event.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_US);
        when(event.reply(anyString())).thenReturn(replyAction);
        when(replyAction.setEphemeral(anyBoolean())).thenReturn(replyAction);
        return event;
    }
}
