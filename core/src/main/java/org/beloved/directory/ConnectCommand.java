package org.beloved.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beloved.conversation.Command;
import org.beloved.conversation.Inbound;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.springframework.stereotype.Component;

/**
 * CONNECT n / CONECTAR n, after a ZIP answer: asks partner n privately ({@link Connections}).
 * CONNECT #id (as the web page's map and list prefill it): asks the listing with that public id,
 * with no search needed; an id that is not on the map gets the same answer whether it never
 * existed or is pending, hidden or removed, so nothing about unlisted listings leaks.
 */
@Component
class ConnectCommand implements Command {

    private final ConnectRequests requests;
    private final Connections connections;

    ConnectCommand(ConnectRequests requests, Connections connections) {
        this.requests = requests;
        this.connections = connections;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("CONNECT", "CONECTAR");
    }

    @Override
    public boolean takesArguments() {
        return true;
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        Inbound in = turn.inbound();
        Optional<ConnectRequests.Shown> shown = requests.shown(in.channel(), in.sender());
        Optional<Long> listing = listingId(arguments);
        if (listing.isPresent()) {
            Connections.Answer answer = connections.requestListing(in.channel(), in.sender(), listing.get(),
                    shown.map(ConnectRequests.Shown::zip));
            return Outcome.reply(turn.t(answer.messageKey(), answer.args()));
        }
        if (shown.isEmpty() || shown.get().partnerIds().isEmpty()) {
            return Outcome.reply(turn.t("connect.search-first"));
        }
        List<Long> ids = shown.get().partnerIds();
        Optional<Integer> n = number(arguments);
        if (n.isEmpty() || n.get() < 1 || n.get() > ids.size()) {
            return Outcome.reply(turn.t("connect.which", ids.size()));
        }
        Connections.Answer answer = connections.request(in.channel(), in.sender(), ids.get(n.get() - 1),
                shown.get().zip());
        return Outcome.reply(turn.t(answer.messageKey(), answer.args()));
    }

    private static Optional<Integer> number(String arguments) {
        String digits = arguments.strip();
        return digits.matches("\\d{1,3}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }

    /** "#123" (or "# 123"): a listing's public id, as the map and the partners API show it. */
    private static Optional<Long> listingId(String arguments) {
        String id = arguments.strip();
        return id.matches("#\\s*\\d{1,18}") ? Optional.of(Long.parseLong(id.substring(1).strip())) : Optional.empty();
    }
}
