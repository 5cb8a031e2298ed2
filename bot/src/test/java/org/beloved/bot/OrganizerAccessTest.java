package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.organizers.AuditEvent;
import org.beloved.organizers.AuditLog;
import org.beloved.organizers.OrganizerRoster;
import org.beloved.organizers.OrganizerSettings;
import org.beloved.shared.Channel;
import org.beloved.testing.TestDatabase;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may act as organizer on Discord, through the real router: every organizer command, form and
 * button is refused to strangers, whatever they hold in a server of their own; named organizers and
 * holders of the organizer role id may act in the organizing server; a server's own admins may set
 * that server's announcement channel and nothing more. Each allowed action is audited.
 */
class OrganizerAccessTest extends BotTest {

    private static final String STRANGER = "100000000000000666";
    private static final String ROLE_HOLDER = "100000000000000055";

    @Autowired
    InteractionRouter router;

    @Autowired
    List<SlashCommand> commands;

    @Autowired
    List<ButtonHandler> buttons;

    @Autowired
    List<ModalHandler> forms;

    @Autowired
    OrganizerRoster roster;

    @Autowired
    OrganizerSettings settings;

    @Autowired
    AuditLog audit;

    @Autowired
    Directory directory;

    @Autowired
    Webinars webinars;

    private long pending;
    private Webinar webinar;

    @BeforeEach
    void organizersAndRecords() {
        roster.bootstrap(settings);   // the tables were emptied: the settings' organizer again, as at start-up
        roster.refresh();
        pending = directory.register(new NewCongregation("Temple Emanu-El", Tradition.JEWISH, "10001", null, "Ben Levi",
                "ben@example.org", null, null, false, false, Channel.WEB, "web-session-1")).id();
        webinar = webinars.create(new WebinarDraft("Know your county", "", "2030-12-08T19:00", "America/Chicago", 60,
                "https://meet.example.org/a", "en")).webinar().orElseThrow();
        TestDatabase.jdbc().sql("delete from audit_event").update();
    }

    /** A slash command by {@code user} as {@code member} (of the member's server). */
    private DiscordMocks.Slash slash(String name, String sub, String user, Member member) {
        DiscordMocks.Slash slash = DiscordMocks.slash(name).user(user).inServer(member.getGuild().getId(), List.of(), List.of());
        when(slash.event().getMember()).thenReturn(member);
        if (sub != null) {
            slash.subcommand(sub).option("webinar", Long.toString(webinar.id())).option("time-zone", "America/Chicago")
                    .option("language", "en");
        }
        when(slash.event().replyModal(any(Modal.class))).thenReturn(mock(ModalCallbackAction.class));
        router.onSlashCommandInteraction(slash.event());
        return slash;
    }

    private ButtonInteractionEvent click(String customId, String user, Member member) {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        when(event.getComponentId()).thenReturn(customId);
        JdaEvents.wire(event, user);
        when(event.isFromGuild()).thenReturn(true);
        when(event.getMember()).thenReturn(member);
        router.onButtonInteraction(event);
        return event;
    }

    private ModalInteractionEvent submit(String modalId, String user, Member member) {
        ModalInteractionEvent event = mock(ModalInteractionEvent.class);
        when(event.getModalId()).thenReturn(modalId);
        JdaEvents.wire(event, user);
        when(event.isFromGuild()).thenReturn(true);
        when(event.getMember()).thenReturn(member);
        Map.of("title", "Taken over", "description", "", "start", "2030-12-10 07:00", "duration", "60",
                "join-url", "https://evil.example.org").forEach((id, value) -> {
                    ModalMapping mapping = mock(ModalMapping.class);
                    when(mapping.getAsString()).thenReturn(value);
                    when(event.getValue(id)).thenReturn(mapping);
                });
        router.onModalInteraction(event);
        return event;
    }

    private static String status(long congregation) {
        return TestDatabase.jdbc().sql("select status from congregation where id = ?").param(congregation)
                .query(String.class).single();
    }

    private static long auditRows() {
        return TestDatabase.jdbc().sql("select count(*) from audit_event").query(Long.class).single();
    }

    @Test
    void strangersAreRefusedEveryOrganizerCommandFormAndButton() {
        List<SlashCommand> organizerCommands = commands.stream().filter(c -> c.access() == Access.ORGANIZER).toList();
        List<ButtonHandler> organizerButtons = buttons.stream().filter(b -> b.buttonAccess() == Access.ORGANIZER).toList();
        List<ModalHandler> organizerForms = forms.stream().filter(f -> f.formAccess() == Access.ORGANIZER).toList();
        assertThat(organizerCommands).extracting(SlashCommand::name).contains("approve", "webinar");
        assertThat(organizerButtons).extracting(ButtonHandler::id).contains("approve", "hide", "webinar-cancel");
        assertThat(organizerForms).extracting(ModalHandler::id).contains("webinar");

        List<Member> strangers = List.of(
                // Manage Server in a server of their own, with a role named like the organizers' and every role
                JdaEvents.member(JdaEvents.UNLISTED_GUILD, true, List.of(JdaEvents.ORGANIZER_ROLE_ID)),
                // Manage Server in the organizing server no longer makes an organizer
                JdaEvents.member(JdaEvents.LISTED_GUILD, true, List.of()));
        when(strangers.get(0).getRoles().get(0).getName()).thenReturn("Organizer");
        for (Member stranger : strangers) {
            for (SlashCommand command : organizerCommands) {
                for (String sub : command.name().equals("webinar") ? List.of("add", "edit", "cancel") : List.of("")) {
                    SlashCommandInteractionEvent event = slash(command.name(), sub.isEmpty() ? null : sub, STRANGER, stranger).event();
                    verify(event).reply(contains("Only organizers"));
                    verify(event, never()).deferReply(anyBoolean());
                    verify(event, never()).replyModal(any(Modal.class));
                }
            }
            for (ButtonHandler button : organizerButtons) {
                String target = button.id().equals("webinar-cancel") ? Long.toString(webinar.id()) : Long.toString(pending);
                for (ComponentId id : List.of(ComponentId.of(button.id(), target, "yes"),
                        ComponentId.of(button.id(), target, "yes").ownedBy(STRANGER))) {
                    ButtonInteractionEvent event = click(id.encode(), STRANGER, stranger);
                    verify(event).reply(contains("Only organizers"));
                    verify(event, never()).deferReply(anyBoolean());
                    verify(event, never()).deferEdit();
                }
            }
            for (ModalHandler form : organizerForms) {
                ModalInteractionEvent event = submit(ComponentId.of(form.id(), "new", "America/Chicago", "en").encode(),
                        STRANGER, stranger);
                verify(event).reply(contains("Only organizers"));
                verify(event, never()).deferReply(anyBoolean());
            }
        }
        assertThat(status(pending)).isEqualTo("pending");
        assertThat(webinars.upcoming()).extracting(Webinar::title).containsExactly("Know your county");
        assertThat(auditRows()).isZero();
    }

    @Test
    void aNamedOrganizerCountsInTheOrganizingServerOnly() {
        Member here = JdaEvents.member(JdaEvents.LISTED_GUILD, false, List.of());
        DiscordMocks.Slash approve = slash("approve", null, JdaEvents.NAMED_ORGANIZER, here);
        assertThat(approve.answer()).contains("Temple Emanu-El", "Ben Levi");

        Member elsewhere = JdaEvents.member(JdaEvents.UNLISTED_GUILD, true, List.of());
        DiscordMocks.Slash refused = slash("approve", null, JdaEvents.NAMED_ORGANIZER, elsewhere);
        assertThat(refused.refusal()).contains("Only organizers");
    }

    @Test
    void aHolderOfTheOrganizerRoleIdCountsInTheOrganizingServer() {
        Member holder = JdaEvents.member(JdaEvents.LISTED_GUILD, false, List.of("800000000000000999", JdaEvents.ORGANIZER_ROLE_ID));
        DiscordMocks.Slash approve = slash("approve", null, ROLE_HOLDER, holder);
        assertThat(approve.answer()).contains("Temple Emanu-El");

        SlashCommandInteractionEvent add = slash("webinar", "add", ROLE_HOLDER, holder).event();
        verify(add).replyModal(any(Modal.class));
    }

    @Test
    void theDeprecatedRoleNameStillCountsButOnlyInTheOrganizingServer() {
        DiscordMocks.Slash here = DiscordMocks.slash("approve").user(ROLE_HOLDER)
                .inServer(JdaEvents.LISTED_GUILD, List.of(), List.of("organizer"));
        router.onSlashCommandInteraction(here.event());
        assertThat(here.answer()).contains("Temple Emanu-El");

        DiscordMocks.Slash elsewhere = DiscordMocks.slash("approve").user(ROLE_HOLDER)
                .inServer(JdaEvents.UNLISTED_GUILD, List.of(Permission.MANAGE_SERVER), List.of("Organizer"));
        router.onSlashCommandInteraction(elsewhere.event());
        assertThat(elsewhere.refusal()).contains("Only organizers");
    }

    @Test
    void approvingAndHidingAreAuditedWithTheNamedOrganizer() {
        long second = directory.register(new NewCongregation("Masjid Al-Noor", Tradition.MUSLIM, "10001", null, "Ali Khan",
                "ali@example.org", null, null, false, false, Channel.WEB, "web-session-2")).id();
        Member here = JdaEvents.member(JdaEvents.LISTED_GUILD, false, List.of());
        JdaEvents.answer(click(ComponentId.of("approve", Long.toString(pending)).encode(), JdaEvents.NAMED_ORGANIZER, here).getHook());
        JdaEvents.answer(click(ComponentId.of("hide", Long.toString(second)).issuedAt(java.time.Instant.now()).encode(), JdaEvents.NAMED_ORGANIZER, here).getHook());

        assertThat(status(pending)).isEqualTo("listed");
        assertThat(status(second)).isEqualTo("hidden");
        long organizer = roster.onDiscord(JdaEvents.NAMED_ORGANIZER).orElseThrow().id();
        List<AuditEvent> events = audit.newest(null, 10);
        assertThat(events).extracting(AuditEvent::action, AuditEvent::recordType, AuditEvent::recordId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("listing.hide", "congregation", Long.toString(second)),
                org.assertj.core.groups.Tuple.tuple("listing.approve", "congregation", Long.toString(pending)));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.organizerId()).isEqualTo(organizer);
            assertThat(e.channel()).isEqualTo("discord");
            assertThat(e.actor()).doesNotContain(JdaEvents.NAMED_ORGANIZER);
        });
    }

    @Test
    void aServersOwnAdminMaySetThatServersAnnouncementChannelAndItIsAudited() {
        DiscordMocks.Slash set = DiscordMocks.slash("announce-channel").subcommand("set").user(STRANGER)
                .inServer(JdaEvents.UNLISTED_GUILD, List.of(Permission.MANAGE_SERVER), List.of());
        router.onSlashCommandInteraction(set.event());
        assertThat(set.answer()).contains("<#" + DiscordMocks.CHANNEL + ">");
        DiscordMocks.Slash clear = DiscordMocks.slash("announce-channel").subcommand("clear").user(STRANGER)
                .inServer(JdaEvents.UNLISTED_GUILD, List.of(Permission.MANAGE_SERVER), List.of());
        router.onSlashCommandInteraction(clear.event());
        assertThat(clear.answer()).contains("no longer");

        List<AuditEvent> events = audit.newest(null, 10);
        assertThat(events).extracting(AuditEvent::action).containsExactly("announce-channel.clear", "announce-channel.set");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.recordType()).isEqualTo("discord-server");
            assertThat(e.recordId()).isEqualTo(JdaEvents.UNLISTED_GUILD);
            assertThat(e.organizerId()).isNull();
            assertThat(e.actor()).isEqualTo("server-admin ***66");
        });
    }
}
