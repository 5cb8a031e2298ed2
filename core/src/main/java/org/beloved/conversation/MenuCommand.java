package org.beloved.conversation;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** MENU / MENÚ: leaves whatever flow is running and shows what the bot can do. */
@Component
class MenuCommand implements Command {

    @Override
    public Set<String> keywords() {
        return Set.of("MENU", "INICIO");
    }

    @Override
    public boolean global() {
        return true;
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.menu");
    }

    @Override
    public int helpOrder() {
        return 910;
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        return Outcome.reply(turn.t("menu.intro") + "\n" + String.join("\n", turn.helpLines()));
    }
}
