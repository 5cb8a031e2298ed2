package org.beloved.bot.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.BotTestApplication;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** /webinars with its Remind me button, and /remind on|off, through mocked JDA events. */
@CleanDatabase
@SpringBootTest(classes = BotTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class WebinarCommandsTest {

    private static final String USER = "100000000000000021";

    @Autowired
    List<ListenerAdapter> listeners;

    @Autowired
    Webinars webinars;

    private ListenerAdapter router() {
        return listeners.stream().filter(l -> l.getClass().getSimpleName().equals("InteractionRouter")).findFirst()
                .orElseThrow();
    }

    private static InteractionHook wire(IReplyCallback event) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(USER);
        when(event.getUser()).thenReturn(user);
        when(event.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_US);
        ReplyCallbackAction defer = mock(ReplyCallbackAction.class);
        when(event.deferReply(anyBoolean())).thenReturn(defer);
        InteractionHook hook = mock(InteractionHook.class);
        when(event.getHook()).thenReturn(hook);
        WebhookMessageEditAction<?> edit = mock(WebhookMessageEditAction.class);
        when(hook.editOriginal(any(MessageEditData.class))).thenAnswer(i -> edit);
        return hook;
    }

    private static MessageEditData answer(InteractionHook hook) {
        ArgumentCaptor<MessageEditData> captor = ArgumentCaptor.forClass(MessageEditData.class);
        verify(hook, timeout(5000)).editOriginal(captor.capture());
        return captor.getValue();
    }

    private static long subscribed() {
        return TestDatabase.jdbc().sql("select count(*) from webinar_subscription where channel = 'DISCORD' and address = ?")
                .param(USER).query(Long.class).single();
    }

    @Test
    void webinarsShowsDiscordTimestampsAndARemindMeButton() {
        long start = webinars.create(new WebinarDraft("Meet your officials", "", "2030-12-10T19:00", "America/Chicago",
                60, "https://meet.example.org/x", "en")).webinar().orElseThrow().start().getEpochSecond();
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        when(event.getName()).thenReturn("webinars");
        InteractionHook hook = wire(event);
        router().onSlashCommandInteraction(event);
        MessageEditData list = answer(hook);
        verify(event).deferReply(false);
        var field = list.getEmbeds().get(0).getFields().get(0);
        assertThat(field.getName()).isEqualTo("Meet your officials");
        assertThat(field.getValue()).contains("<t:" + start + ":F>", "<t:" + start + ":R>", "https://meet.example.org/x");
        String button = list.getComponents().get(0).asActionRow().getButtons().get(0).getCustomId();

        ButtonInteractionEvent click = mock(ButtonInteractionEvent.class);
        when(click.getComponentId()).thenReturn(button);
        InteractionHook clickHook = wire(click);
        router().onButtonInteraction(click);
        assertThat(answer(clickHook).getContent()).contains("direct message");
        assertThat(subscribed()).isEqualTo(1);
    }

    @Test
    void remindOnAndOff() {
        for (String sub : new String[] {"on", "off"}) {
            SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
            when(event.getName()).thenReturn("remind");
            when(event.getSubcommandName()).thenReturn(sub);
            InteractionHook hook = wire(event);
            router().onSlashCommandInteraction(event);
            assertThat(answer(hook).getContent()).contains(sub.equals("on") ? "direct message" : "off");
            verify(event).deferReply(true);
            assertThat(subscribed()).isEqualTo(sub.equals("on") ? 1 : 0);
        }
    }
}
