package org.beloved.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beloved.conversation.Command;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.springframework.stereotype.Component;

/** MY LISTING / MI REGISTRO: what is listed for the congregations this sender registered, and how to change it. */
@Component
class MyListingCommand implements Command {

    private final Directory directory;

    MyListingCommand(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("MY LISTING", "MI REGISTRO", "MY LISTINGS", "MIS REGISTROS");
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.listing");
    }

    @Override
    public int helpOrder() {
        return 30;
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        List<Congregation> mine = directory.listingsOf(turn.inbound().channel(), turn.inbound().sender());
        if (mine.isEmpty()) {
            return Outcome.reply(turn.t("listing.none"));
        }
        StringBuilder text = new StringBuilder();
        for (Congregation c : mine) {
            PublicContact shown = PublicContact.of(c);
            text.append(turn.t("listing.line", c.name(), turn.t(c.tradition().key()), c.city(), c.state(),
                    turn.t("listing.status." + c.status().name().toLowerCase()),
                    shown == null ? turn.t("join.no") : shown.joined())).append('\n');
        }
        text.append(turn.t("listing.how-to-change"));
        if (mine.stream().anyMatch(c -> c.status() != Congregation.Status.HIDDEN)) {
            text.append(' ').append(turn.t("listing.how-to-hide"));
        }
        return Outcome.reply(text.toString());
    }
}
