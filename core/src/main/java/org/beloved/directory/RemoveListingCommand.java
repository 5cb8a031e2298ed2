package org.beloved.directory;

import java.util.Set;
import org.beloved.conversation.Command;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.springframework.stereotype.Component;

/** REMOVE LISTING / QUITAR REGISTRO: hides the congregations this sender registered from the map. */
@Component
class RemoveListingCommand implements Command {

    private final Directory directory;

    RemoveListingCommand(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("REMOVE LISTING", "QUITAR REGISTRO", "REMOVE MY LISTING");
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        int hidden = directory.removeListingsOf(turn.inbound().channel(), turn.inbound().sender());
        return Outcome.reply(hidden == 0 ? turn.t("listing.nothing-to-remove") : turn.t("listing.removed", hidden));
    }
}
