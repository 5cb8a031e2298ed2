package org.beloved.bot.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import static org.beloved.bot.JdaEvents.answer;
import static org.beloved.bot.JdaEvents.router;
import static org.beloved.bot.JdaEvents.wire;

import org.beloved.bot.BotTestApplication;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.Test;
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
        InteractionHook hook = wire(event, USER);
        router(listeners).onSlashCommandInteraction(event);
        MessageEditData list = answer(hook);
        verify(event).deferReply(false);
        var field = list.getEmbeds().get(0).getFields().get(0);
        assertThat(field.getName()).isEqualTo("Meet your officials");
        assertThat(field.getValue()).contains("<t:" + start + ":F>", "<t:" + start + ":R>", "https://meet.example.org/x");
        String button = list.getComponents().get(0).asActionRow().getButtons().get(0).getCustomId();

        ButtonInteractionEvent click = mock(ButtonInteractionEvent.class);
        when(click.getComponentId()).thenReturn(button);
        InteractionHook clickHook = wire(click, USER);
        router(listeners).onButtonInteraction(click);
        assertThat(answer(clickHook).getContent()).contains("direct message");
        assertThat(subscribed()).isEqualTo(1);
    }

    @Test
    void aSpanishReaderSeesABilingualWebinarsSpanishTitle() {
        webinars.create(new WebinarDraft("Know your county", "", "2030-12-08T19:00", "America/Chicago", 60,
                "https://meet.example.org/c", "both", "Conoce tu condado", ""));
        SlashCommandInteractionEvent english = mock(SlashCommandInteractionEvent.class);
        when(english.getName()).thenReturn("webinars");
        InteractionHook englishHook = wire(english, USER);
        router(listeners).onSlashCommandInteraction(english);
        assertThat(answer(englishHook).getEmbeds().get(0).getFields().get(0).getName()).isEqualTo("Know your county");

        SlashCommandInteractionEvent spanish = mock(SlashCommandInteractionEvent.class);
        when(spanish.getName()).thenReturn("webinars");
        InteractionHook spanishHook = wire(spanish, USER);
        when(spanish.getUserLocale()).thenReturn(DiscordLocale.SPANISH);
        router(listeners).onSlashCommandInteraction(spanish);
        assertThat(answer(spanishHook).getEmbeds().get(0).getFields().get(0).getName()).isEqualTo("Conoce tu condado");
    }

    @Test
    void remindOnAndOff() {
        for (String sub : new String[] {"on", "off"}) {
            SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
            when(event.getName()).thenReturn("remind");
            when(event.getSubcommandName()).thenReturn(sub);
            InteractionHook hook = wire(event, USER);
            router(listeners).onSlashCommandInteraction(event);
            assertThat(answer(hook).getContent()).contains(sub.equals("on") ? "direct message" : "off");
            verify(event).deferReply(true);
            assertThat(subscribed()).isEqualTo(sub.equals("on") ? 1 : 0);
        }
    }
}
