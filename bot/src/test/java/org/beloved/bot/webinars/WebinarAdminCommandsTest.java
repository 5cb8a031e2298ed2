package org.beloved.bot.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import static org.beloved.bot.JdaEvents.answer;
import static org.beloved.bot.JdaEvents.router;

import org.beloved.bot.BotTestApplication;
import org.beloved.bot.JdaEvents;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.WebinarLanguage;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** /webinar add | edit | cancel, their form and buttons, through mocked JDA events on the real use cases and database. */
@CleanDatabase
@SpringBootTest(classes = BotTestApplication.class, properties = {JdaEvents.ADMIN_ROLE_NAME,
        JdaEvents.GUILD_IDS, JdaEvents.ORGANIZER_ROLE, JdaEvents.NAMED_ORGANIZERS})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class WebinarAdminCommandsTest {

    private static final String ORGANIZER = "100000000000000031";
    private static final String GUILD = "900000000000000001";

    @Autowired
    List<ListenerAdapter> listeners;

    @Autowired
    Webinars webinars;

    private static InteractionHook wire(IReplyCallback event, boolean organizer) {
        InteractionHook hook = JdaEvents.wire(event, ORGANIZER);
        when(event.isFromGuild()).thenReturn(true);
        Member member = JdaEvents.member(organizer, GUILD);
        when(event.getMember()).thenReturn(member);
        return hook;
    }

    private static String refusal(IReplyCallback event) {
        ArgumentCaptor<String> captor = ArgumentCaptor.forClass(String.class);
        verify(event).reply(captor.capture());
        return captor.getValue();
    }

    private SlashCommandInteractionEvent slash(String sub, boolean organizer, Map<String, String> options) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        when(event.getName()).thenReturn("webinar");
        when(event.getSubcommandName()).thenReturn(sub);
        wire(event, organizer);
        options.forEach((name, value) -> {
            OptionMapping mapping = mock(OptionMapping.class);
            when(mapping.getAsString()).thenReturn(value);
            when(event.getOption(name)).thenReturn(mapping);
        });
        when(event.replyModal(any(Modal.class))).thenReturn(mock(ModalCallbackAction.class));
        return event;
    }

    /** Runs the slash command and returns the form it opened. */
    private Modal form(String sub, Map<String, String> options) {
        SlashCommandInteractionEvent event = slash(sub, true, options);
        router(listeners).onSlashCommandInteraction(event);
        ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
        verify(event).replyModal(modal.capture());
        return modal.getValue();
    }

    private MessageEditData submit(String modalId, Map<String, String> values) {
        ModalInteractionEvent event = mock(ModalInteractionEvent.class);
        when(event.getModalId()).thenReturn(modalId);
        InteractionHook hook = wire(event, true);
        values.forEach((id, value) -> {
            ModalMapping mapping = mock(ModalMapping.class);
            when(mapping.getAsString()).thenReturn(value);
            when(event.getValue(id)).thenReturn(mapping);
        });
        router(listeners).onModalInteraction(event);
        verify(event).deferReply(true);
        return answer(hook);
    }

    /** A click on a button of the bot's question: the answer replaces the question (deferEdit, then the hook). */
    private MessageEditData click(String customId) {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        when(event.getComponentId()).thenReturn(customId);
        InteractionHook hook = wire(event, true);
        router(listeners).onButtonInteraction(event);
        verify(event).deferEdit();
        verify(event, never()).deferReply(anyBoolean());
        return answer(hook);
    }

    private List<Button> cancelQuestion(Webinar w) {
        SlashCommandInteractionEvent event = slash("cancel", true, Map.of("webinar", Long.toString(w.id())));
        router(listeners).onSlashCommandInteraction(event);
        MessageEditData question = answer(event.getHook());
        assertThat(question.getContent()).contains("Cancel **Know your county**");
        return question.getComponents().get(0).asActionRow().getButtons();
    }

    /** The audit log, oldest first: "action record-type/record-id by actor". */
    private static List<String> audited() {
        return TestDatabase.jdbc().sql("""
                select action || ' ' || record_type || '/' || record_id || ' by ' || actor || ' on ' || channel
                from audit_event order by id
                """).query(String.class).list();
    }

    private static Map<String, String> fields(String title, String start, String duration, String url) {
        return Map.of(WebinarModal.TITLE, title, WebinarModal.DESCRIPTION, "", WebinarModal.START, start,
                WebinarModal.DURATION, duration, WebinarModal.JOIN_URL, url);
    }

    @Test
    void addOpensAFormInTheChosenZoneAndSavingItSchedulesTheWebinar() {
        Modal modal = form("add", Map.of("time-zone", "Central", "language", "both"));
        assertThat(modal.getId()).isEqualTo("webinar:new:America/Chicago:both");
        assertThat(modal.getComponents()).hasSize(5);

        MessageEditData saved = submit(modal.getId(), fields("Meet your sheriff", "2030-12-10 7:00", "90",
                "https://meet.example.org/sheriff"));
        Webinar w = webinars.upcoming().get(0);
        assertThat(w.title()).isEqualTo("Meet your sheriff");
        assertThat(w.start()).isEqualTo(Instant.parse("2030-12-10T13:00:00Z"));
        assertThat(w.durationMinutes()).isEqualTo(90);
        assertThat(w.language()).isEqualTo(WebinarLanguage.BOTH);
        assertThat(saved.getContent()).contains("Saved: **Meet your sheriff**", "<t:" + w.start().getEpochSecond() + ":F>",
                "2030-12-10 07:00 in America/Chicago", "90 minutes");
        assertThat(audited()).containsExactly("webinar.create webinar/" + w.id() + " by organizer-role ***31 on discord");
    }

    @Test
    void aFormWithMistakesSavesNothingAndSaysWhatToFix() {
        MessageEditData answer = submit("webinar:new:America/Chicago:en",
                fields("Meet your sheriff", "next tuesday", "sixty", "http://insecure.example.org"));
        assertThat(answer.getContent()).contains("was not saved", "start must be", "durationMinutes", "https://");
        assertThat(webinars.upcoming()).isEmpty();
        assertThat(audited()).as("nothing saved, nothing audited").isEmpty();
    }

    @Test
    void onlyOrganizersMayScheduleAndAnUnknownZoneIsRefusedAtOnce() {
        SlashCommandInteractionEvent stranger = slash("add", false, Map.of("time-zone", "Central", "language", "en"));
        router(listeners).onSlashCommandInteraction(stranger);
        assertThat(refusal(stranger)).contains("Only organizers");
        verify(stranger, never()).replyModal(any(Modal.class));

        SlashCommandInteractionEvent badZone = slash("add", true, Map.of("time-zone", "Mars/Olympus", "language", "en"));
        router(listeners).onSlashCommandInteraction(badZone);
        assertThat(refusal(badZone)).contains("do not know that time zone");
        verify(badZone, never()).replyModal(any(Modal.class));
    }

    @Test
    void editKeepsWhatIsLeftEmptyAndChangesTheRest() {
        Webinar w = webinars.create(new WebinarDraft("Know your county", "Records requests", "2030-12-08T19:00",
                "America/Chicago", 60, "https://meet.example.org/a", "both", "Conoce tu condado", "Solicitudes"))
                .webinar().orElseThrow();
        Modal modal = form("edit", Map.of("webinar", Long.toString(w.id()), "time-zone", "America/New_York"));
        assertThat(modal.getId()).isEqualTo("webinar:" + w.id() + ":America/New_York:-");

        MessageEditData answer = submit(modal.getId(), fields("", "2030-12-08 21:00", "", ""));
        Webinar edited = webinars.find(w.id()).orElseThrow();
        assertThat(edited.title()).isEqualTo("Know your county");
        assertThat(edited.description()).isEqualTo("Records requests");
        assertThat(edited.start()).isEqualTo(Instant.parse("2030-12-09T02:00:00Z"));   // 21:00 in New York
        assertThat(edited.timeZone().getId()).isEqualTo("America/New_York");
        assertThat(edited.joinUrl()).isEqualTo("https://meet.example.org/a");
        assertThat(edited.titleEs() + " / " + edited.descriptionEs()).as("the modal has no Spanish fields: kept")
                .isEqualTo("Conoce tu condado / Solicitudes");
        assertThat(answer.getContent()).contains("Saved: **Know your county**");
        assertThat(audited()).containsExactly("webinar.edit webinar/" + w.id() + " by organizer-role ***31 on discord");
    }

    @Test
    void cancelAsksFirstAndOnlyYesCancels() {
        Webinar w = webinars.create(new WebinarDraft("Know your county", "", "2030-12-08T19:00", "America/Chicago", 60,
                "https://meet.example.org/a", "en")).webinar().orElseThrow();
        MessageEditData kept = click(cancelQuestion(w).get(1).getCustomId());
        assertThat(kept.getContent()).contains("Nothing changed");
        assertThat(kept.getComponents()).as("the answered question loses its buttons").isEmpty();
        assertThat(webinars.upcoming()).hasSize(1);
        assertThat(audited()).as("kept: nothing to audit").isEmpty();

        MessageEditData cancelled = click(cancelQuestion(w).get(0).getCustomId());
        assertThat(cancelled.getContent()).contains("is cancelled");
        assertThat(cancelled.getComponents()).isEmpty();
        assertThat(webinars.upcoming()).isEmpty();
        assertThat(webinars.find(w.id()).orElseThrow().status()).isEqualTo(Webinar.Status.CANCELLED);
        assertThat(audited()).containsExactly("webinar.cancel webinar/" + w.id() + " by organizer-role ***31 on discord");
    }

    @Test
    @SuppressWarnings("unchecked")
    void autocompleteSuggestsZonesByEverydayNameAndUpcomingWebinarsById() {
        Webinar w = webinars.create(new WebinarDraft("Know your county", "", "2030-12-08T19:00", "America/Chicago", 60,
                "https://meet.example.org/a", "en")).webinar().orElseThrow();
        Collection<Command.Choice> zones = autocomplete("time-zone", "centr");
        assertThat(zones).extracting(Command.Choice::getAsString).first().isEqualTo("America/Chicago");
        Collection<Command.Choice> choices = autocomplete("webinar", "county");
        assertThat(choices).singleElement().satisfies(c -> {
            assertThat(c.getAsString()).isEqualTo(Long.toString(w.id()));
            assertThat(c.getName()).isEqualTo("Know your county - 2030-12-08 19:00 America/Chicago");
        });
    }

    @SuppressWarnings("unchecked")
    private Collection<Command.Choice> autocomplete(String option, String typed) {
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        when(event.getName()).thenReturn("webinar");
        AutoCompleteQuery query = mock(AutoCompleteQuery.class);
        when(query.getName()).thenReturn(option);
        when(query.getValue()).thenReturn(typed);
        when(event.getFocusedOption()).thenReturn(query);
        when(event.replyChoices(anyCollection())).thenReturn(mock(AutoCompleteCallbackAction.class));
        router(listeners).onCommandAutoCompleteInteraction(event);
        ArgumentCaptor<Collection<Command.Choice>> captor = ArgumentCaptor.forClass(Collection.class);
        verify(event, timeout(5000)).replyChoices(captor.capture());
        return captor.getValue();
    }
}
