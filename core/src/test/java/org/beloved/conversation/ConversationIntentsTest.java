package org.beloved.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.conversation.ConversationFixtures.sms;

import java.util.List;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.MutableClock;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the engine understands beyond exact keywords: first contact, other names, slips inside a flow. */
@CleanDatabase
class ConversationIntentsTest {

    private static final String ANA = "+14155550111";

    private final MutableClock clock = MutableClock.at("2026-11-28T18:00:00Z");
    private final PetFlow pets = new PetFlow();
    private final Conversations engine = ConversationFixtures.engine(clock, List.of(pets), List.of(pets), List.of());

    private String say(String text) {
        List<String> reply = engine.handle(sms(ANA, text, clock)).messages();
        assertThat(reply).as("reply to %s", text).hasSize(1);
        return reply.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi", "Hello", "Hello there!", "hey", "Good morning"})
    void anEnglishGreetingGetsTheBilingualWelcome(String greeting) {
        assertThat(say(greeting)).contains("ESPAÑOL", "HELP").doesNotContain("did not understand");
        assertThat(engine.languageOf(Channel.SMS, ANA)).isEqualTo(Language.EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hola", "Buenos días", "¡Hola, buenas tardes!"})
    void aSpanishFirstMessageIsAnsweredInSpanishAndRemembered(String greeting) {
        assertThat(say(greeting)).contains("¡Hola!", "ENGLISH");
        assertThat(say("help")).contains("AYUDA - esta lista");
        assertThat(say("english")).contains("English");
        assertThat(say("help")).contains("HELP - this list");
    }

    @Test
    void otherNamesAndPoliteWordsReachTheCommand() {
        assertThat(say("en español")).contains("español");
        assertThat(say("ayuda por favor")).contains("AYUDA - esta lista");
        assertThat(say("in english please")).contains("English");
        assertThat(say("start over")).startsWith("Back at the menu");
        assertThat(say("please pet")).contains("pet's name");
    }

    @Test
    void aTypoGetsTheNearestKeyword() {
        say("ENGLISH");
        assertThat(say("hepl")).contains("Did you mean HELP?");
        assertThat(say("mascotta")).contains("Did you mean MASCOTA?");
        assertThat(say("zzzz qqqq")).contains("did not understand").doesNotContain("Did you mean");
    }

    @Test
    void hesitationsKeepTheQuestionAndAreNeverStored() {
        say("pet");
        assertThat(say("no sé")).contains("take your time");
        assertThat(say("help")).contains("HELP - this list");
        assertThat(say("Biscuit")).isEqualTo("Is Biscuit a CAT or a DOG?");
        assertThat(say("hmm")).contains("take your time");
        assertThat(say("dog")).isEqualTo("Biscuit the dog. Thank you!");
    }

    @Test
    void neverMindLeavesTheFlowAndACommandAloneSetsItAside() {
        say("pet");
        assertThat(say("never mind")).contains("nothing from it was saved");
        assertThat(TestDatabase.jdbc().sql("select count(*) from conversation_flow").query(Long.class).single()).isZero();
        say("pet");
        say("Biscuit");
        assertThat(engine.handle(sms(ANA, "MASCOTA", clock)).messages())
                .containsExactly("(I left the form you were filling in; nothing from it was saved.)", "What is your pet's name?");
    }

    @Test
    void aFormDroppedAtOptOutIsReportedOnceOnOptIn() {
        say("pet");
        say("Biscuit");
        engine.dropFormAtOptOut(Channel.SMS, ANA);
        assertThat(TestDatabase.jdbc().sql("select data::text from conversation_flow").query(String.class).single())
                .as("nothing collected is kept").doesNotContain("Biscuit");
        assertThat(engine.formDroppedAtOptOut(Channel.SMS, ANA)).get().asString().contains("was not saved");
        assertThat(engine.formDroppedAtOptOut(Channel.SMS, ANA)).isEmpty();
    }

    @Test
    void thanksIsAnsweredKindly() {
        say("ENGLISH");
        assertThat(say("thank you!")).contains("You are welcome");
    }
}
