package org.beloved.toolkit;

import org.beloved.conversation.FreeText;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.springframework.stereotype.Component;

/** A few words about a toolkit topic ("detainer", "sheriff", "derechos") lead to its section. */
@Component
class ToolkitTopicText implements FreeText {

    private final ToolkitCommand command;

    ToolkitTopicText(ToolkitCommand command) {
        this.command = command;
    }

    @Override
    public boolean accepts(String text) {
        return command.accepts(text);
    }

    @Override
    public Outcome handle(Turn turn, String text) {
        return command.handle(turn, text);
    }

    @Override
    public int order() {
        return 50;
    }
}
