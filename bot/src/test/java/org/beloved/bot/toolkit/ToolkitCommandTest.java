package org.beloved.bot.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.BotTestApplication;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** /toolkit through mocked JDA events: the list, a section, autocomplete, and splitting. */
@SpringBootTest(classes = BotTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ToolkitCommandTest {

    @Autowired
    List<ListenerAdapter> listeners;

    private ListenerAdapter router() {
        return listeners.stream().filter(l -> l.getClass().getSimpleName().equals("InteractionRouter")).findFirst()
                .orElseThrow();
    }

    private SlashCommandInteractionEvent toolkit(Long section, DiscordLocale locale) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        when(event.getName()).thenReturn("toolkit");
        User user = mock(User.class);
        when(user.getId()).thenReturn("100000000000000077");
        when(event.getUser()).thenReturn(user);
        when(event.getUserLocale()).thenReturn(locale);
        ReplyCallbackAction defer = mock(ReplyCallbackAction.class);
        when(event.deferReply(anyBoolean())).thenReturn(defer);
        InteractionHook hook = mock(InteractionHook.class);
        when(event.getHook()).thenReturn(hook);
        WebhookMessageEditAction<?> edit = mock(WebhookMessageEditAction.class);
        when(hook.editOriginal(any(MessageEditData.class))).thenAnswer(i -> edit);
        if (section != null) {
            OptionMapping option = mock(OptionMapping.class);
            when(option.getAsLong()).thenReturn(section);
            when(event.getOption(ToolkitSlashCommand.SECTION)).thenReturn(option);
        }
        return event;
    }

    private static List<MessageEmbed> embeds(SlashCommandInteractionEvent event) {
        ArgumentCaptor<MessageEditData> captor = ArgumentCaptor.forClass(MessageEditData.class);
        verify(event.getHook(), timeout(5000)).editOriginal(captor.capture());
        return captor.getValue().getEmbeds();
    }

    @Test
    void withoutASectionItListsThemAll() {
        SlashCommandInteractionEvent event = toolkit(null, DiscordLocale.ENGLISH_US);
        router().onSlashCommandInteraction(event);
        MessageEmbed list = embeds(event).get(0);
        verify(event).deferReply(false);
        assertThat(list.getTitle()).isEqualTo("Organizing toolkit");
        assertThat(list.getDescription()).contains("**1. What Secure Communities is**", "**11. Webinars and next steps**");
    }

    @Test
    void aSectionIsPostedAsEmbedsWithItsLink() {
        SlashCommandInteractionEvent event = toolkit(3L, DiscordLocale.SPANISH);
        router().onSlashCommandInteraction(event);
        List<MessageEmbed> embeds = embeds(event);
        assertThat(embeds.get(0).getTitle()).isEqualTo("3. Las retenciones son solicitudes, no órdenes");
        assertThat(embeds.get(embeds.size() - 1).getDescription()).contains("/toolkit/3?lang=es");
        assertThat(embeds.get(0).getDescription()).contains("## Una solicitud, no una orden");
    }

    @Test
    void autocompleteMatchesTitlesByPrefixInTheUsersLanguage() {
        assertThat(choices("meet", DiscordLocale.ENGLISH_US)).extracting(Command.Choice::getName)
                .containsExactly("6. Meet your officials");
        assertThat(choices("pol", DiscordLocale.ENGLISH_US)).extracting(Command.Choice::getName)
                .containsExactly("7. What a good policy says", "19. Template: model policy or resolution");
        assertThat(choices("segur", DiscordLocale.SPANISH)).extracting(Command.Choice::getName)
                .containsExactly("9. Seguridad y cuidado");
        assertThat(choices("", DiscordLocale.ENGLISH_US)).hasSize(22);
        assertThat(choices("zzz", DiscordLocale.ENGLISH_US)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Command.Choice> choices(String typed, DiscordLocale locale) {
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        when(event.getName()).thenReturn("toolkit");
        when(event.getUserLocale()).thenReturn(locale);
        AutoCompleteQuery query = mock(AutoCompleteQuery.class);
        when(query.getValue()).thenReturn(typed);
        when(event.getFocusedOption()).thenReturn(query);
        AutoCompleteCallbackAction action = mock(AutoCompleteCallbackAction.class);
        ArgumentCaptor<java.util.Collection<Command.Choice>> captor = ArgumentCaptor.forClass(java.util.Collection.class);
        when(event.replyChoices(captor.capture())).thenReturn(action);
        router().onCommandAutoCompleteInteraction(event);
        verify(action).queue();
        return List.copyOf(captor.getValue());
    }

    @Test
    void aLongSectionIsSplitWithinDiscordsLimits() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("Paragraph ").append(i).append(": ").append("word ".repeat(12)).append("\n\n");
        }
        List<List<MessageEmbed>> messages = EmbedPages.of("9. A very long section", text.toString(), 0);
        assertThat(messages).hasSizeGreaterThan(1);
        StringBuilder joined = new StringBuilder();
        for (List<MessageEmbed> message : messages) {
            int total = 0;
            for (MessageEmbed embed : message) {
                assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(EmbedPages.DESCRIPTION);
                total += embed.getDescription().length() + (embed.getTitle() == null ? 0 : embed.getTitle().length());
                joined.append(embed.getDescription()).append("\n\n");
            }
            assertThat(total).isLessThanOrEqualTo(EmbedPages.MESSAGE);
        }
        assertThat(messages.get(0).get(0).getTitle()).isEqualTo("9. A very long section");
        // Nothing lost: the same words in the same order (breaks fall on white space).
        assertThat(joined.toString().replaceAll("\\s+", " ").strip()).isEqualTo(text.toString().replaceAll("\\s+", " ").strip());
    }
}
