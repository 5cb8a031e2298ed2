package org.beloved.bot.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import static org.beloved.bot.JdaEvents.answer;
import static org.beloved.bot.JdaEvents.router;
import static org.beloved.bot.JdaEvents.wire;

import org.beloved.bot.JdaEvents;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.PublicContact;
import org.beloved.directory.PublicListing;
import org.beloved.directory.RegistrationResult;
import org.beloved.directory.Tradition;
import org.beloved.shared.Channel;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** /partners, /register and /approve through mocked JDA events on the real directory and database. */
@CleanDatabase
@SpringBootTest(classes = org.beloved.bot.BotTestApplication.class, properties = {JdaEvents.ADMIN_ROLE_NAME,
        JdaEvents.GUILD_IDS, JdaEvents.ORGANIZER_ROLE, JdaEvents.NAMED_ORGANIZERS})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class DirectoryCommandsTest {

    private static final String ANA = "100000000000000011";
    private static final String GUILD = "900000000000000001";

    @Autowired
    List<ListenerAdapter> listeners;

    private static User user(String id) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(id);
        return user;
    }

    private SlashCommandInteractionEvent slash(String name, ReplyCallbackAction reply) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        when(event.getName()).thenReturn(name);
        User ana = user(ANA);
        when(event.getUser()).thenReturn(ana);
        wire(event, reply);
        return event;
    }

    private static OptionMapping option(String value, long number) {
        OptionMapping mapping = mock(OptionMapping.class);
        when(mapping.getAsString()).thenReturn(value);
        when(mapping.getAsLong()).thenReturn(number);
        return mapping;
    }

    private static void listCongregation(String name, String zip, boolean show) {
        TestDatabase.jdbc().sql("""
                insert into congregation (name, name_key, tradition, zip, latitude, longitude, contact_name, contact_email,
                    show_email, status, source_channel, created_at, updated_at, street_address)
                select ?, lower(?), 'SIKH', zip, latitude, longitude, 'Harpreet', 'h@example.org', ?, 'listed', 'WEB',
                    now(), now(), '9 Private Road' from zip_code where zip = ?
                """).params(name, name, show, zip).update();
    }

    @Test
    void partnersIsAPublicEmbedWithDistancesAndConsentedContacts() {
        listCongregation("Gurdwara Sahib", "94612", true);
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
        SlashCommandInteractionEvent event = slash("partners", reply);
        OptionMapping zip = option("94110", 0);
        OptionMapping radius = option("50", 50);
        when(event.getOption(PartnersSlashCommand.ZIP)).thenReturn(zip);
        when(event.getOption(PartnersSlashCommand.RADIUS)).thenReturn(radius);
        router(listeners).onSlashCommandInteraction(event);

        MessageEditData answer = answer(event.getHook());
        verify(event).deferReply(false);
        String embed = answer.getEmbeds().get(0).getTitle() + "\n" + answer.getEmbeds().get(0).getDescription();
        assertThat(embed).contains("94110 (San Francisco, CA), within 50 mi", "Gurdwara Sahib - Sikh - Oakland, CA",
                "Harpreet, h@example.org").doesNotContain("Private Road");
    }

    @Test
    void partnersInATexasZipNamesTheStateRule() {
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
        SlashCommandInteractionEvent event = slash("partners", reply);
        OptionMapping zip = option("79830", 0);
        when(event.getOption(PartnersSlashCommand.ZIP)).thenReturn(zip);
        router(listeners).onSlashCommandInteraction(event);

        String description = answer(event.getHook()).getEmbeds().get(0).getDescription();
        assertThat(description.lines().findFirst()).contains(
                "Texas law requires jails to work with ICE. What your team can still ask for: text STATE.");
    }

    @Test
    void myListingOffersToHideOnlyWhatIsStillShown() {
        TestDatabase.jdbc().sql("""
                insert into congregation (name, name_key, tradition, zip, latitude, longitude, contact_name, contact_email,
                    show_email, status, source_channel, submitted_by, created_at, updated_at)
                select 'Gurdwara Sahib', 'gurdwara sahib', 'SIKH', zip, latitude, longitude, 'Harpreet', 'h@example.org',
                    true, 'listed', 'DISCORD', ?, now(), now() from zip_code where zip = '94612'
                """).param(ANA).update();
        SlashCommandInteractionEvent listed = slash("my-listing", mock(ReplyCallbackAction.class));
        router(listeners).onSlashCommandInteraction(listed);
        assertThat(answer(listed.getHook()).getContent()).contains("Gurdwara Sahib", "To hide it, use /remove-listing.");

        TestDatabase.jdbc().sql("update congregation set status = 'hidden'").update();
        SlashCommandInteractionEvent hidden = slash("my-listing", mock(ReplyCallbackAction.class));
        router(listeners).onSlashCommandInteraction(hidden);
        assertThat(answer(hidden.getHook()).getContent()).contains("Gurdwara Sahib", "hidden", "To change it")
                .doesNotContain("To hide it", "/remove-listing");
    }

    @Test
    void partnersRefusesABadZipOrRangeAtOnce() {
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
        SlashCommandInteractionEvent event = slash("partners", reply);
        OptionMapping zip = option("9411", 0);
        when(event.getOption(PartnersSlashCommand.ZIP)).thenReturn(zip);
        router(listeners).onSlashCommandInteraction(event);
        verify(event).reply(org.mockito.ArgumentMatchers.contains("5 digits"));
        verify(event, never()).deferReply(anyBoolean());

        ReplyCallbackAction reply2 = mock(ReplyCallbackAction.class);
        SlashCommandInteractionEvent far = slash("partners", reply2);
        OptionMapping zip2 = option("94110", 0);
        OptionMapping limit = option("50", 50);
        when(far.getOption(PartnersSlashCommand.ZIP)).thenReturn(zip2);
        when(far.getOption(PartnersSlashCommand.LIMIT)).thenReturn(limit);
        router(listeners).onSlashCommandInteraction(far);
        verify(far).reply(org.mockito.ArgumentMatchers.contains("limit 1 to 20"));
    }

    @Test
    void registerOpensAFormWithFiveFields() {
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
        SlashCommandInteractionEvent event = slash("register", reply);
        ModalCallbackAction modal = mock(ModalCallbackAction.class);
        when(event.replyModal(any(Modal.class))).thenReturn(modal);
        router(listeners).onSlashCommandInteraction(event);
        ArgumentCaptor<Modal> captor = ArgumentCaptor.forClass(Modal.class);
        verify(event).replyModal(captor.capture());
        verify(modal).queue();
        assertThat(captor.getValue().getId()).isEqualTo("register");
        assertThat(captor.getValue().getComponents()).hasSize(5);
    }

    private ModalInteractionEvent submitted(String name, String tradition, String zip) {
        return submitted(name, tradition, zip, ANA);
    }

    private ModalInteractionEvent submitted(String name, String tradition, String zip, String userId) {
        ModalInteractionEvent event = mock(ModalInteractionEvent.class);
        when(event.getModalId()).thenReturn("register");
        User submitter = user(userId);
        when(event.getUser()).thenReturn(submitter);
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
        wire(event, reply);
        var values = java.util.Map.of(RegisterSlashCommand.NAME, name, RegisterSlashCommand.TRADITION, tradition,
                RegisterSlashCommand.ZIP, zip, RegisterSlashCommand.CONTACT, "Ana Ruiz",
                RegisterSlashCommand.EMAIL, "ana@example.org");
        values.forEach((id, value) -> {
            ModalMapping mapping = mock(ModalMapping.class);
            when(mapping.getAsString()).thenReturn(value);
            when(event.getValue(id)).thenReturn(mapping);
        });
        return event;
    }

    private ButtonInteractionEvent click(String customId, String userId, Member member) {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        when(event.getComponentId()).thenReturn(customId);
        User clicker = user(userId);
        when(event.getUser()).thenReturn(clicker);
        when(event.getMember()).thenReturn(member);
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
        wire(event, reply);
        return event;
    }

    @Test
    void theFormSavesAPendingRegistrationThenAsksForConsentWithPersonalButtons() {
        ModalInteractionEvent form = submitted("Iglesia La Paz", "católica", "60614");
        router(listeners).onModalInteraction(form);
        MessageEditData question = answer(form.getHook());
        verify(form).deferReply(true);
        assertThat(question.getContent()).contains("May partners see this email address");
        List<Button> buttons = question.getComponents().get(0).asActionRow().getButtons();
        assertThat(buttons).extracting(Button::getCustomId).allMatch(id -> id.endsWith("@" + ANA));
        assertThat(TestDatabase.jdbc().sql("select tradition || ' ' || status || ' ' || show_email from congregation")
                .query(String.class).single()).isEqualTo("CATHOLIC pending false");

        ButtonInteractionEvent stranger = click(buttons.get(0).getCustomId(), "100000000000000099", null);
        router(listeners).onButtonInteraction(stranger);
        verify(stranger).reply(org.mockito.ArgumentMatchers.contains("belongs to someone else"));

        ButtonInteractionEvent show = click(buttons.get(0).getCustomId(), ANA, null);
        router(listeners).onButtonInteraction(show);
        MessageEditData shown = answer(show.getHook());
        verify(show).deferEdit();
        assertThat(shown.getContent()).contains("waiting for an organizer", "will be shown");
        assertThat(shown.getComponents()).as("the answer replaces the question and its buttons").isEmpty();
        assertThat(TestDatabase.jdbc().sql("select show_email from congregation").query(Boolean.class).single()).isTrue();
    }

    @Test
    void aFormWithProblemsSaysWhatToFix() {
        ModalInteractionEvent form = submitted("Iglesia La Paz", "Druid", "00000");
        router(listeners).onModalInteraction(form);
        assertThat(answer(form.getHook()).getContent()).contains("Choose a tradition", "ZIP code does not exist");
        assertThat(TestDatabase.jdbc().sql("select count(*) from congregation").query(Long.class).single()).isZero();
    }

    @Test
    void organizersApproveAndHideOthersAreRefused() {
        // One after the other: each form is saved on the executor, so wait for its answer.
        ModalInteractionEvent temple = submitted("Temple Emanu-El", "jewish", "10001");
        router(listeners).onModalInteraction(temple);
        answer(temple.getHook());
        ModalInteractionEvent masjid = submitted("Masjid Al-Noor", "6", "10001");
        router(listeners).onModalInteraction(masjid);
        answer(masjid.getHook());
        ReplyCallbackAction refused = mock(ReplyCallbackAction.class);
        SlashCommandInteractionEvent volunteer = slash("approve", refused);
        when(volunteer.isFromGuild()).thenReturn(true);
        Member plain = JdaEvents.member(false, GUILD);
        when(volunteer.getMember()).thenReturn(plain);
        router(listeners).onSlashCommandInteraction(volunteer);
        verify(volunteer).reply(org.mockito.ArgumentMatchers.contains("Only organizers"));

        SlashCommandInteractionEvent organizer = slash("approve", mock(ReplyCallbackAction.class));
        when(organizer.isFromGuild()).thenReturn(true);
        Member boss = JdaEvents.member(true, GUILD);
        when(organizer.getMember()).thenReturn(boss);
        router(listeners).onSlashCommandInteraction(organizer);
        MessageEditData list = answer(organizer.getHook());
        verify(organizer).deferReply(true);
        assertThat(JdaEvents.shown(list)).contains("1. Temple Emanu-El (Jewish)", "2. Masjid Al-Noor (Muslim)");
        Button approveFirst = list.getComponents().get(0).asActionRow().getButtons().get(0);
        Button hideSecond = list.getComponents().get(1).asActionRow().getButtons().get(1);

        Member notOrganizer = JdaEvents.member(false, GUILD);
        ButtonInteractionEvent sneaky = click(approveFirst.getCustomId(), "100000000000000099", notOrganizer);
        router(listeners).onButtonInteraction(sneaky);
        verify(sneaky).reply(org.mockito.ArgumentMatchers.contains("Only organizers"));

        Member organizerToo = JdaEvents.member(true, GUILD);
        ButtonInteractionEvent approve = click(approveFirst.getCustomId(), "100000000000000098", organizerToo);
        router(listeners).onButtonInteraction(approve);
        assertThat(answer(approve.getHook()).getContent()).contains("Temple Emanu-El is now on the map");
        ButtonInteractionEvent hide = click(hideSecond.getCustomId(), "100000000000000098", organizerToo);
        router(listeners).onButtonInteraction(hide);
        assertThat(answer(hide.getHook()).getContent()).contains("Masjid Al-Noor is hidden");
        assertThat(TestDatabase.jdbc().sql("select string_agg(status, ',' order by id) from congregation")
                .query(String.class).single()).isEqualTo("listed,hidden");
    }

    @Autowired
    Directory directory;

    /** Listed, registered by text from another phone, email and phone shown with their own yes. */
    private long listedBySomeoneElse(String name, String zip) {
        RegistrationResult result = directory.register(new NewCongregation(name, Tradition.SIKH, zip, null, "Harpreet",
                "h@example.org", "+14155550123", null, true, true, Channel.SMS, "+14155550123"));
        directory.approve(result.id());
        return result.id();
    }

    private static String row(long id) {
        return TestDatabase.jdbc().sql("select concat_ws(' ', name, tradition, status, contact_name, contact_email,"
                + " contact_phone, show_email, show_phone, source_channel, submitted_by) from congregation where id = ?")
                .param(id).query(String.class).single();
    }

    private MessageEditData approveAsOrganizer() {
        SlashCommandInteractionEvent organizer = slash("approve", mock(ReplyCallbackAction.class));
        when(organizer.isFromGuild()).thenReturn(true);
        Member boss = JdaEvents.member(true, GUILD);
        when(organizer.getMember()).thenReturn(boss);
        router(listeners).onSlashCommandInteraction(organizer);
        return answer(organizer.getHook());
    }

    @Test
    void aTakeoverByDiscordLeavesTheListingListedAndUnchangedAndApproveShowsTheClaimBesideIt() {
        long id = listedBySomeoneElse("Gurdwara Sahib", "94612");
        String before = row(id);
        ModalInteractionEvent form = submitted("GURDWARA  sahib.", "sikh", "94612");
        router(listeners).onModalInteraction(form);
        MessageEditData answer = answer(form.getHook());
        assertThat(answer.getContent()).contains("already on the map", "did not change it",
                "May partners see this email address");
        assertThat(row(id)).isEqualTo(before);
        assertThat(directory.listed()).extracting(PublicListing::id).containsExactly(id);

        List<Button> buttons = answer.getComponents().get(0).asActionRow().getButtons();
        ButtonInteractionEvent show = click(buttons.get(0).getCustomId(), ANA, null);
        router(listeners).onButtonInteraction(show);
        assertThat(answer(show.getHook()).getContent()).contains("The email will be shown");
        assertThat(TestDatabase.jdbc().sql("select show_email from congregation_claim").query(Boolean.class).single())
                .isTrue();
        assertThat(row(id)).isEqualTo(before);

        ModalInteractionEvent other = submitted("Masjid Al-Noor", "6", "10001");   // an ordinary pending registration
        router(listeners).onModalInteraction(other);
        answer(other.getHook());
        MessageEditData list = approveAsOrganizer();
        assertThat(JdaEvents.shown(list)).contains("1. Masjid Al-Noor (Muslim)",
                "2. CLAIM on Gurdwara Sahib (Sikh) - Oakland, CA - on the map, contact Harpreet, h@example.org"
                        + " - claimed by Ana Ruiz, ana@example.org (DISCORD)");
        Button handOver = list.getComponents().get(1).asActionRow().getButtons().get(0);
        assertThat(handOver.getLabel()).isEqualTo("Hand over 2");

        ButtonInteractionEvent sneaky = click(handOver.getCustomId(), "100000000000000099", JdaEvents.member(false, GUILD));
        router(listeners).onButtonInteraction(sneaky);
        verify(sneaky).reply(org.mockito.ArgumentMatchers.contains("Only organizers"));
        assertThat(row(id)).isEqualTo(before);

        ButtonInteractionEvent approve = click(handOver.getCustomId(), "100000000000000098", JdaEvents.member(true, GUILD));
        router(listeners).onButtonInteraction(approve);
        assertThat(answer(approve.getHook()).getContent()).contains("Gurdwara Sahib now has the claimant's contact");
        assertThat(row(id)).isEqualTo("Gurdwara Sahib SIKH listed Ana Ruiz ana@example.org t f DISCORD " + ANA);
        assertThat(directory.listed()).singleElement().extracting(PublicListing::contact)
                .isEqualTo(new PublicContact("Ana Ruiz", "ana@example.org", null, null));

        ButtonInteractionEvent again = click(handOver.getCustomId(), "100000000000000098", JdaEvents.member(true, GUILD));
        router(listeners).onButtonInteraction(again);
        assertThat(answer(again.getHook()).getContent()).contains("already decided");
        assertThat(audited("claim.hand-over")).as("the hand-over audited once, the refused and repeated clicks not")
                .containsExactly("congregation:" + id);
    }

    private static List<String> audited(String action) {
        return TestDatabase.jdbc().sql("select record_type || ':' || record_id from audit_event where action = ? order by id")
                .param(action).query(String.class).list();
    }

    @Test
    void rejectingAClaimLeavesTheOriginalAsItWas() {
        long id = listedBySomeoneElse("Gurdwara Sahib", "94612");
        String before = row(id);
        ModalInteractionEvent form = submitted("Gurdwara Sahib", "sikh", "94612");
        router(listeners).onModalInteraction(form);
        answer(form.getHook());
        MessageEditData list = approveAsOrganizer();
        assertThat(list.getEmbeds().get(0).getFields().get(0).getName()).startsWith("1. CLAIM on Gurdwara Sahib");
        Button reject = list.getComponents().get(0).asActionRow().getButtons().get(1);
        ButtonInteractionEvent click = click(reject.getCustomId(), "100000000000000098", JdaEvents.member(true, GUILD));
        router(listeners).onButtonInteraction(click);
        assertThat(answer(click.getHook()).getContent()).contains("The claim on Gurdwara Sahib is rejected");
        assertThat(row(id)).isEqualTo(before);
        assertThat(audited("claim.reject")).containsExactly("congregation:" + id);
        assertThat(approveAsOrganizer().getContent()).contains("No registrations are waiting");
    }

    @Test
    void approveShowsClaimsMadeByTextAndOnTheWebToo() {
        listedBySomeoneElse("Gurdwara Sahib", "94612");
        directory.register(new NewCongregation("gurdwara sahib", Tradition.SIKH, "94612", null, "Web Person",
                "web@example.org", null, null, false, false, Channel.WEB, null));
        directory.register(new NewCongregation("Gurdwara Sahib!", Tradition.SIKH, "94612", null, "Text Person", null,
                "+14155550999", null, false, true, Channel.SMS, "+14155550999"));
        assertThat(JdaEvents.shown(approveAsOrganizer())).contains(
                "1. CLAIM on Gurdwara Sahib", "claimed by Web Person, web@example.org (WEB)",
                "2. CLAIM on Gurdwara Sahib", "claimed by Text Person, +14155550999 (SMS)");
    }

    @Test
    void itsOwnSubmitterUpdatesTheirListingInPlace() {
        ModalInteractionEvent first = submitted("Iglesia La Paz", "catholic", "60614");
        router(listeners).onModalInteraction(first);
        answer(first.getHook());
        ModalInteractionEvent again = submitted("IGLESIA LA PAZ", "protestant", "60614");
        router(listeners).onModalInteraction(again);
        assertThat(answer(again.getHook()).getContent()).contains("May partners see this email address")
                .doesNotContain("already on the map");
        assertThat(TestDatabase.jdbc().sql("select tradition from congregation").query(String.class).single())
                .isEqualTo("PROTESTANT");
        assertThat(TestDatabase.jdbc().sql("select count(*) from congregation_claim").query(Long.class).single()).isZero();
    }

    @Test
    void anInvisibleOrLetterlessNameIsRefusedWithASentence() {
        for (String name : new String[] {"\u200b\u200b", "!!"}) {
            ModalInteractionEvent form = submitted(name, "sikh", "94612");
            router(listeners).onModalInteraction(form);
            assertThat(answer(form.getHook()).getContent()).as(name).contains("at least 2 letters or digits");
        }
        assertThat(TestDatabase.jdbc().sql("select count(*) from congregation").query(Long.class).single()).isZero();
    }
}
