package org.beloved.conversation;

import java.util.Set;
import org.beloved.shared.Language;
import org.springframework.stereotype.Component;

/** ENGLISH / INGLÉS: answer this sender in English from now on. */
@Component
class EnglishCommand implements Command {

    @Override
    public Set<String> keywords() {
        return Set.of("ENGLISH", "INGLES");
    }

    @Override
    public boolean global() {
        return true;
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        turn.switchLanguage(Language.EN);
        return Outcome.aside(turn.t("language.switched"));
    }
}
