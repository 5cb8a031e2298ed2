package org.beloved.conversation;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** HELP / AYUDA: who we are and what to text, in a few lines. Works in the middle of a flow. */
@Component
class HelpCommand implements Command {

    @Override
    public Set<String> keywords() {
        return Set.of("HELP", "AYUDA", "INFO");
    }

    @Override
    public boolean global() {
        return true;
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.help");
    }

    @Override
    public int helpOrder() {
        return 900;
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        return Outcome.aside(turn.t("help.intro") + "\n" + String.join("\n", turn.helpLines()));
    }
}
