package org.beloved.bot;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.mockito.ArgumentCaptor;

/** Shared fixtures for tests that send mocked JDA interactions through the real router. */
public final class JdaEvents {

    private JdaEvents() {
    }

    /** The interaction router among a context's JDA listeners. */
    public static ListenerAdapter router(List<ListenerAdapter> listeners) {
        return listeners.stream().filter(InteractionRouter.class::isInstance).findFirst().orElseThrow();
    }

    /** Wires an interaction mock's deferReply, reply (with {@code reply}) and hook, in English; returns the hook. */
    public static InteractionHook wire(IReplyCallback event, ReplyCallbackAction reply) {
        InteractionHook hook = mock(InteractionHook.class);
        when(event.deferReply(anyBoolean())).thenReturn(mock(ReplyCallbackAction.class));
        if (event instanceof IMessageEditCallback component) {
            when(component.deferEdit()).thenReturn(mock(MessageEditCallbackAction.class));
        }
        when(event.reply(anyString())).thenReturn(reply);
        when(reply.setEphemeral(anyBoolean())).thenReturn(reply);
        when(event.getHook()).thenReturn(hook);
        when(event.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_US);
        WebhookMessageEditAction<?> edit = mock(WebhookMessageEditAction.class);
        when(hook.editOriginal(any(MessageEditData.class))).thenAnswer(i -> edit);
        return hook;
    }

    /** The same, as the user {@code userId}. */
    public static InteractionHook wire(IReplyCallback event, String userId) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(userId);
        when(event.getUser()).thenReturn(user);
        return wire(event, mock(ReplyCallbackAction.class));
    }

    /** A server member of {@code guildId}, an organizer (Manage Server) or not. */
    public static Member member(boolean organizer, String guildId) {
        Member member = mock(Member.class);
        when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(organizer);
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn(guildId);
        when(member.getGuild()).thenReturn(guild);
        return member;
    }

    /** The deferred answer, once the executor has finished it. */
    public static MessageEditData answer(InteractionHook hook) {
        ArgumentCaptor<MessageEditData> captor = ArgumentCaptor.forClass(MessageEditData.class);
        verify(hook, timeout(5000)).editOriginal(captor.capture());
        return captor.getValue();
    }
}
