package org.beloved.app.directory;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.mockito.ArgumentCaptor;

/** {@code /partners zip:...} through the application's real interaction router, as a mocked JDA event JDA would deliver. */
final class DiscordPartners {

    private DiscordPartners() {
    }

    /** The embed the user {@code userId} (English locale) is answered with. */
    static MessageEmbed ask(List<ListenerAdapter> listeners, String userId, String zip) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        when(event.getName()).thenReturn("partners");
        User user = mock(User.class);
        when(user.getId()).thenReturn(userId);
        when(event.getUser()).thenReturn(user);
        when(event.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_US);
        when(event.deferReply(anyBoolean())).thenReturn(mock(ReplyCallbackAction.class));
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
        when(event.reply(anyString())).thenReturn(reply);
        when(reply.setEphemeral(anyBoolean())).thenReturn(reply);
        InteractionHook hook = mock(InteractionHook.class);
        when(event.getHook()).thenReturn(hook);
        WebhookMessageEditAction<?> edit = mock(WebhookMessageEditAction.class);
        when(hook.editOriginal(any(MessageEditData.class))).thenAnswer(i -> edit);
        OptionMapping option = mock(OptionMapping.class);
        when(option.getAsString()).thenReturn(zip);
        when(event.getOption("zip")).thenReturn(option);
        listeners.stream().filter(l -> l.getClass().getSimpleName().equals("InteractionRouter")).findFirst()
                .orElseThrow().onSlashCommandInteraction(event);
        ArgumentCaptor<MessageEditData> answer = ArgumentCaptor.forClass(MessageEditData.class);
        verify(hook, timeout(5000)).editOriginal(answer.capture());
        return answer.getValue().getEmbeds().get(0);
    }
}
