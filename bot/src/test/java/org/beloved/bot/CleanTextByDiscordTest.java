package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.Component;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Direct messages and form fields are clean text before they are stored or routed; a NUL gets a polite reply. */
class CleanTextByDiscordTest extends BotTest {

    private static final String ANA = "100000000000000021";

    @Autowired
    DirectMessages directMessages;

    @Autowired
    List<ListenerAdapter> listeners;

    /** A direct message from Ana; returns the channel the bot answers on. */
    private MessageChannelUnion dm(String text) {
        MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        when(event.isFromType(ChannelType.PRIVATE)).thenReturn(true);
        User author = mock(User.class);
        when(author.getId()).thenReturn(ANA);
        when(event.getAuthor()).thenReturn(author);
        Message message = mock(Message.class);
        when(message.getContentRaw()).thenReturn(text);
        when(event.getMessage()).thenReturn(message);
        when(event.getMessageId()).thenReturn(Long.toString(System.nanoTime()));   // a new message: DMs are answered once per id
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        when(event.getChannel()).thenReturn(channel);
        directMessages.onMessageReceived(event);
        return channel;
    }

    /** An answer to Ana whose text satisfies {@code what}. */
    private static List<String> answerTo(java.util.function.Predicate<String> what) {
        return argThat(answer -> answer != null && what.test(String.join("\n", answer)));
    }

    /** The /register form as Discord submits it, every field a text input. */
    private ModalInteractionEvent registerForm(String name, String contact, ReplyCallbackAction reply) {
        ModalInteractionEvent event = mock(ModalInteractionEvent.class);
        when(event.getModalId()).thenReturn("register");
        JdaEvents.wire(event, reply);
        User ana = mock(User.class);
        when(ana.getId()).thenReturn(ANA);
        when(event.getUser()).thenReturn(ana);
        List<ModalMapping> all = new ArrayList<>();
        Map.of("name", name, "tradition", "catholic", "zip", "60614", "contact", contact, "email", "ana@example.org")
                .forEach((id, value) -> {
                    ModalMapping mapping = mock(ModalMapping.class);
                    when(mapping.getType()).thenReturn(Component.Type.TEXT_INPUT);
                    when(mapping.getAsString()).thenReturn(value);
                    when(event.getValue(id)).thenReturn(mapping);
                    all.add(mapping);
                });
        when(event.getValues()).thenReturn(all);
        return event;
    }

    @Test
    void aDirectMessageIsCleanedBeforeTheEngineSeesIt() {
        dm("941\u000710\u001b");
        verify(replies, timeout(5000)).send(any(), any(), eq(ANA), any(), answerTo(a -> a.contains("94110 (San Francisco, CA)")));
    }

    @Test
    void aDirectMessageWithANulGetsAPoliteReplyAndGoesNoFurther() {
        dm("JOIN\0");
        verify(replies, timeout(5000)).send(any(), any(), eq(ANA), any(),
                eq(List.of("Sorry, I could not read that message. Please type it again.")));
        verify(replies, after(300).never()).send(any(), any(), any(), any(), answerTo(a -> a.contains("name")));
        assertThat(TestDatabase.jdbc().sql("select count(*) from conversation_flow").query(Long.class).single()).isZero();
    }

    @Test
    void aFormIsStoredAsCleanText() {
        ModalInteractionEvent form = registerForm("Iglesia\u0007 La Paz\u0301", "Ana\u0085 Ruiz", mock(ReplyCallbackAction.class));
        JdaEvents.router(listeners).onModalInteraction(form);
        JdaEvents.answer(form.getHook());
        assertThat(TestDatabase.jdbc().sql("select name || '|' || contact_name from congregation").query(String.class).single())
                .isEqualTo("Iglesia La Paź|Ana Ruiz");
    }

    @Test
    void aFormWithANulIsRefusedPolitelyAndNothingIsStored() {
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
        ModalInteractionEvent form = registerForm("Iglesia La Paz", "Ana\0 Ruiz", reply);
        JdaEvents.router(listeners).onModalInteraction(form);
        assertThat(DiscordMocks.refusal(form, reply)).isEqualTo("Sorry, I could not read part of that form. Please type it again.");
        verify(form, never()).deferReply(org.mockito.ArgumentMatchers.anyBoolean());
        assertThat(TestDatabase.jdbc().sql("select count(*) from congregation").query(Long.class).single()).isZero();
    }
}
