package org.beloved.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.conversation.ConversationFixtures.sms;

import java.time.Duration;
import java.util.List;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.MutableClock;
import org.beloved.testing.TestDatabase;
import org.junit.jupiter.api.Test;

@CleanDatabase
class ConversationsTest {

    private static final String ANA = "+14155550101";
    private static final String BEN = "+14155550102";

    private final MutableClock clock = MutableClock.at("2026-11-28T18:00:00Z");
    private final PetFlow pets = new PetFlow();
    private final Conversations engine = ConversationFixtures.engine(clock, List.of(pets), List.of(pets), List.of());

    private List<String> say(String from, String text) {
        return engine.handle(sms(from, text, clock)).messages();
    }

    @Test
    void helpListsWhatTheBotDoesInAFewLines() {
        List<String> reply = say(ANA, "HELP");
        assertThat(reply).hasSize(1);
        assertThat(reply.get(0)).contains("HELP - this list", "MENU", "ESPAÑOL", "PET - tell me about your pet");
        assertThat(reply.get(0).lines()).hasSizeLessThan(10);
    }

    @Test
    void unknownTextGetsAShortPointerNeverSilence() {
        assertThat(say(ANA, "what is this?")).singleElement().asString().contains("HELP");
        assertThat(say(ANA, "   ")).singleElement().asString().contains("HELP");
    }

    @Test
    void espanolSwitchesThisSenderToSpanishAndItIsRemembered() {
        assertThat(say(ANA, "Español")).singleElement().asString().contains("español");
        assertThat(say(ANA, "ayuda")).singleElement().asString().contains("AYUDA - esta lista");
        assertThat(say(BEN, "help")).singleElement().asString().contains("HELP - this list");

        Conversations restarted = ConversationFixtures.engine(clock, List.of(), List.of(), List.of());
        assertThat(restarted.handle(sms(ANA, "HELP", clock)).language()).isEqualTo(Language.ES);
        assertThat(restarted.languageOf(Channel.SMS, ANA)).isEqualTo(Language.ES);

        assertThat(say(ANA, "ENGLISH")).singleElement().asString().contains("English");
        assertThat(engine.languageOf(Channel.SMS, ANA)).isEqualTo(Language.EN);
    }

    @Test
    void theSameAddressOnAnotherChannelIsAnotherSender() {
        say(ANA, "ESPANOL");
        Inbound web = new Inbound(Channel.WEB, ANA, "HELP", clock.instant(), null);
        assertThat(engine.handle(web).language()).isEqualTo(Language.EN);
    }

    @Test
    void aFlowKeepsItsStateInPostgresBetweenMessages() {
        assertThat(say(ANA, "pet")).containsExactly("What is your pet's name?");
        assertThat(say(ANA, "Biscuit")).containsExactly("Is Biscuit a CAT or a DOG?");
        assertThat(TestDatabase.jdbc().sql("select step from conversation_flow where address = ?").param(ANA)
                .query(String.class).single()).isEqualTo("kind");

        Conversations restarted = ConversationFixtures.engine(clock, List.of(pets), List.of(pets), List.of());
        assertThat(restarted.handle(sms(ANA, "dog", clock)).messages()).containsExactly("Biscuit the dog. Thank you!");
        assertThat(TestDatabase.jdbc().sql("select count(*) from conversation_flow").query(Long.class).single()).isZero();
    }

    @Test
    void aBadAnswerIsAskedAgainWithAHint() {
        say(ANA, "pet");
        say(ANA, "Biscuit");
        assertThat(say(ANA, "a parrot")).containsExactly("Please answer CAT or DOG (or MENU to leave).");
        assertThat(say(ANA, "cat")).containsExactly("Biscuit the cat. Thank you!");
    }

    @Test
    void menuLeavesTheFlow() {
        say(ANA, "pet");
        assertThat(say(ANA, "menu")).singleElement().asString().startsWith("Back at the menu");
        assertThat(say(ANA, "Biscuit")).as("a newcomer's unknown text: the welcome").singleElement().asString()
                .contains("ESPAÑOL", "HELP").doesNotContain("CAT or a DOG");
    }

    @Test
    void helpAndLanguageWorkInsideAFlowWithoutEndingIt() {
        say(ANA, "pet");
        say(ANA, "Biscuit");
        assertThat(say(ANA, "help")).singleElement().asString().contains("HELP - this list");
        assertThat(say(ANA, "espanol")).singleElement().asString().contains("español");
        assertThat(say(ANA, "perro")).containsExactly("Biscuit, perro. ¡Gracias!");
    }

    @Test
    void aFlowLeftAloneExpiresAfterThirtyMinutes() {
        say(ANA, "pet");
        clock.advance(Duration.ofMinutes(29));
        assertThat(say(ANA, "Biscuit")).containsExactly("Is Biscuit a CAT or a DOG?");
        clock.advance(Duration.ofMinutes(31));
        List<String> reply = say(ANA, "dog");
        assertThat(reply.get(0)).contains("timed out");
        assertThat(reply.get(1)).contains("HELP").doesNotContain("Thank you");
        assertThat(TestDatabase.jdbc().sql("select count(*) from conversation_flow").query(Long.class).single()).isZero();
    }

    @Test
    void freeTextHandlersAnswerWhatNoKeywordMatches() {
        FreeText digits = new FreeText() {
            @Override
            public boolean accepts(String text) {
                return text.chars().allMatch(Character::isDigit);
            }

            @Override
            public Outcome handle(Turn turn, String text) {
                return Outcome.reply("number " + text);
            }
        };
        Conversations withDigits = ConversationFixtures.engine(clock, List.of(), List.of(), List.of(digits));
        assertThat(withDigits.handle(sms(ANA, "42", clock)).messages()).containsExactly("number 42");
        assertThat(withDigits.handle(sms(ANA, "forty-two", clock)).messages()).singleElement().asString()
                .contains("ESPAÑOL", "HELP");
        withDigits.handle(sms(ANA, "ENGLISH", clock));
        assertThat(withDigits.handle(sms(ANA, "forty-two", clock)).messages()).singleElement().asString()
                .contains("did not understand");
    }

    /** A handler whose meaning depends on a question waiting for the sender passes the text on when none waits. */
    @Test
    void aFreeTextHandlerThatDeclinesLeavesTheTextToTheNextOne() {
        FreeText waiting = new FreeText() {
            @Override
            public boolean accepts(String text) {
                return text.equals("YES");
            }

            @Override
            public Outcome handle(Turn turn, String text) {
                return turn.inbound().sender().equals(ANA) ? Outcome.reply("check-in answered") : Outcome.decline();
            }

            @Override
            public int order() {
                return 5;
            }
        };
        FreeText fallback = new FreeText() {
            @Override
            public boolean accepts(String text) {
                return text.equals("YES");
            }

            @Override
            public Outcome handle(Turn turn, String text) {
                return Outcome.reply("nothing waits");
            }
        };
        Conversations engine = ConversationFixtures.engine(clock, List.of(), List.of(), List.of(fallback, waiting));
        assertThat(engine.handle(sms(ANA, "YES", clock)).messages()).containsExactly("check-in answered");
        assertThat(engine.handle(sms(BEN, "YES", clock)).messages()).containsExactly("nothing waits");
    }
}
