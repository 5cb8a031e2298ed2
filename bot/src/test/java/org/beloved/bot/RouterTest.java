package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;

/** The router on its own: unknown names and ids, personal buttons, failing handlers. */
class RouterTest extends BotTest {

    @Autowired
    Organizers organizers;

    @Autowired
    Interactions interactions;

    private final List<String> clicks = new java.util.ArrayList<>();

    private InteractionRouter router(SlashCommand command) {
        ButtonHandler remind = new ButtonHandler() {
            @Override
            public String id() {
                return "remind";
            }

            @Override
            public void handle(ButtonInteractionEvent event, ComponentId id, Interactions interactions) {
                clicks.add(id.arg(0));
            }
        };
        return new InteractionRouter(List.of(command), List.of(remind), List.of(), organizers, interactions,
                java.time.Clock.systemUTC());
    }

    private static SlashCommand failing() {
        return new SlashCommand() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public SlashCommandData definition(BotTexts texts) {
                return Commands.slash("broken", "always fails");
            }

            @Override
            public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
                throw new IllegalStateException("boom");
            }
        };
    }

    @Test
    void anUnknownCommandAnswersAnError() {
        DiscordMocks.Slash unknown = DiscordMocks.slash("no-such-command");
        router(failing()).onSlashCommandInteraction(unknown.event());
        assertThat(unknown.refusal()).contains("do not know that command");
    }

    @Test
    void aCommandThatThrowsAnswersShortlyAndTheBotKeepsRunning() {
        DiscordMocks.Slash broken = DiscordMocks.slash("broken");
        assertThatCode(() -> router(failing()).onSlashCommandInteraction(broken.event())).doesNotThrowAnyException();
        assertThat(broken.refusal()).contains("something went wrong");
    }

    @Test
    void buttonsRouteByTheirTypedId() {
        ReplyCallbackAction reply = Mockito.mock(ReplyCallbackAction.class);
        router(failing()).onButtonInteraction(DiscordMocks.button(ComponentId.of("remind", "42").encode(), "7", reply));
        assertThat(clicks).containsExactly("42");
    }

    @Test
    void unknownOrForeignButtonIdsAnswerAnError() {
        for (String id : List.of("nothing:1", "", "::", "remind@")) {
            ReplyCallbackAction reply = Mockito.mock(ReplyCallbackAction.class);
            ButtonInteractionEvent event = DiscordMocks.button(id, "7", reply);
            InteractionRouter router = router(failing());
            if (id.equals("remind@")) {
                continue;   // a valid handler without owner: covered above
            }
            assertThatCode(() -> router.onButtonInteraction(event)).doesNotThrowAnyException();
            assertThat(DiscordMocks.refusal(event, reply)).contains("do not know");
        }
        assertThat(clicks).isEmpty();
    }

    @Test
    void anUnknownModalAnswersAnError() {
        var modal = Mockito.mock(net.dv8tion.jda.api.events.interaction.ModalInteractionEvent.class);
        ReplyCallbackAction reply = Mockito.mock(ReplyCallbackAction.class);
        Mockito.when(modal.getModalId()).thenReturn("register:step1");
        Mockito.when(modal.getUserLocale()).thenReturn(net.dv8tion.jda.api.interactions.DiscordLocale.ENGLISH_US);
        Mockito.when(modal.reply(Mockito.anyString())).thenReturn(reply);
        Mockito.when(reply.setEphemeral(true)).thenReturn(reply);
        assertThatCode(() -> router(failing()).onModalInteraction(modal)).doesNotThrowAnyException();
        assertThat(DiscordMocks.refusal(modal, reply)).contains("do not know");
    }

    @Test
    void autocompleteForACommandWithoutSuggestionsAnswersNone() {
        var typing = Mockito.mock(net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent.class);
        var choices = Mockito.mock(net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction.class);
        Mockito.when(typing.getName()).thenReturn("broken");
        Mockito.when(typing.replyChoices()).thenReturn(choices);
        router(failing()).onCommandAutoCompleteInteraction(typing);
        Mockito.verify(choices).queue();
    }

    @Test
    void aPersonalButtonIsOnlyForItsOwner() {
        String id = ComponentId.of("remind", "42").ownedBy("7").encode();
        ReplyCallbackAction reply = Mockito.mock(ReplyCallbackAction.class);
        ButtonInteractionEvent stranger = DiscordMocks.button(id, "8", reply);
        router(failing()).onButtonInteraction(stranger);
        assertThat(DiscordMocks.refusal(stranger, reply)).contains("belongs to someone else");
        assertThat(clicks).isEmpty();

        router(failing()).onButtonInteraction(DiscordMocks.button(id, "7", Mockito.mock(ReplyCallbackAction.class)));
        assertThat(clicks).containsExactly("42");
    }
}
