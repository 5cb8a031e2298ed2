package org.beloved.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandRouterTest {

    static Command command(boolean takesArguments, String... keywords) {
        return new Command() {
            @Override
            public Set<String> keywords() {
                return Set.of(keywords);
            }

            @Override
            public boolean takesArguments() {
                return takesArguments;
            }

            @Override
            public Outcome run(Turn turn, String arguments) {
                return Outcome.reply(keywords[0] + ":" + arguments);
            }
        };
    }

    private final Command help = command(false, "HELP", "AYUDA");
    private final Command partners = command(true, "PARTNERS", "SOCIOS");
    private final Command my = command(false, "MY LISTING");
    private final Command remindOff = command(false, "REMIND OFF");
    private final Command remind = command(true, "REMIND");
    private final CommandRouter router = new CommandRouter(List.of(help, partners, my, remindOff, remind));

    @Test
    void matchesAKeywordInAnyCaseWithPunctuation() {
        assertThat(router.match("help")).get().extracting(CommandRouter.Match::command).isSameAs(help);
        assertThat(router.match("¿Ayuda?")).get().extracting(CommandRouter.Match::command).isSameAs(help);
    }

    @Test
    void passesTheRestOfTheMessageAsWrittenToCommandsThatTakeArguments() {
        var match = router.match("Partners  94110-1234");
        assertThat(match).get().extracting(CommandRouter.Match::command).isSameAs(partners);
        assertThat(match.get().arguments()).isEqualTo("94110-1234");
    }

    @Test
    void aCommandWithoutArgumentsMatchesOnlyTheWholeMessage() {
        assertThat(router.match("help me find a church")).isEmpty();
    }

    @Test
    void prefersTheLongestKeyword() {
        assertThat(router.match("remind off")).get().extracting(CommandRouter.Match::command).isSameAs(remindOff);
        assertThat(router.match("remind me")).get().extracting(CommandRouter.Match::command).isSameAs(remind);
        assertThat(router.match("my listing")).get().extracting(CommandRouter.Match::command).isSameAs(my);
    }

    @Test
    void unknownTextMatchesNothing() {
        assertThat(router.match("hello there")).isEmpty();
        assertThat(router.match("94110")).isEmpty();
    }

    @Test
    void refusesTwoCommandsClaimingOneKeyword() {
        assertThatThrownBy(() -> new CommandRouter(List.of(help, command(false, "HELP"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HELP");
    }

    @Test
    void refusesAKeywordNotWrittenAsItIsMatched() {
        assertThatThrownBy(() -> new CommandRouter(List.of(command(false, "Español"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ESPANOL");
    }
}
