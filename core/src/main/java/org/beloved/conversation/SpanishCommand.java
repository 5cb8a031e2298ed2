package org.beloved.conversation;

import java.util.Optional;
import java.util.Set;
import org.beloved.shared.Language;
import org.springframework.stereotype.Component;

/** ESPAÑOL / ESPANOL: answer this sender in Spanish from now on. */
@Component
class SpanishCommand implements Command {

    @Override
    public Set<String> keywords() {
        return Set.of("ESPANOL", "SPANISH", "CASTELLANO");
    }

    @Override
    public boolean global() {
        return true;
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.language");
    }

    @Override
    public int helpOrder() {
        return 920;
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        turn.switchLanguage(Language.ES);
        return Outcome.aside(turn.t("language.switched"));
    }
}
