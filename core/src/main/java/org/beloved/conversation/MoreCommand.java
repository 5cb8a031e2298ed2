package org.beloved.conversation;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** MORE / MÁS (or NEXT / SIGUIENTE): the longer text the last answer offered (a toolkit section in full). */
@Component
class MoreCommand implements Command {

    private final Continuations continuations;
    private final Clock clock;

    MoreCommand(Continuations continuations, Clock clock) {
        this.continuations = continuations;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("MORE", "MAS", "NEXT", "SIGUIENTE");
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.more");
    }

    @Override
    public int helpOrder() {
        return 800;
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        Inbound in = turn.inbound();
        return continuations.take(in.channel(), in.sender(), clock.instant())
                .map(Outcome::reply)
                .orElseGet(() -> Outcome.reply(turn.t("more.nothing")));
    }
}
