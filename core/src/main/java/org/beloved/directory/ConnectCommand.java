package org.beloved.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beloved.conversation.Command;
import org.beloved.conversation.Inbound;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.beloved.messaging.Audience;
import org.beloved.messaging.Message;
import org.beloved.messaging.MessageKind;
import org.beloved.messaging.Outbox;
import org.beloved.messaging.Recipient;
import org.springframework.stereotype.Component;

/**
 * CONNECT n / CONECTAR n, after a ZIP answer: Beloved asks partner n's contact, on the channel the
 * listing registered on, whether to share it with this volunteer; neither side sees the other's
 * address. A volunteer may ask {@value #PER_VOLUNTEER_PER_DAY} partners a day, a congregation is
 * asked at most {@value #PER_CONGREGATION_PER_DAY} times a day, and an ask expires after 7 days.
 */
@Component
class ConnectCommand implements Command {

    static final Duration EXPIRY = Duration.ofDays(7);
    static final int PER_VOLUNTEER_PER_DAY = 3;
    static final int PER_CONGREGATION_PER_DAY = 5;

    private final ConnectRequests requests;
    private final Directory directory;
    private final Outbox outbox;
    private final Clock clock;

    ConnectCommand(ConnectRequests requests, Directory directory, Outbox outbox, Clock clock) {
        this.requests = requests;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
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
        if (shown.isEmpty() || shown.get().partnerIds().isEmpty()) {
            return Outcome.reply(turn.t("connect.search-first"));
        }
        List<Long> ids = shown.get().partnerIds();
        Optional<Integer> n = number(arguments);
        if (n.isEmpty() || n.get() < 1 || n.get() > ids.size()) {
            return Outcome.reply(turn.t("connect.which", ids.size()));
        }
        long id = ids.get(n.get() - 1);
        String name = directory.find(id).map(Congregation::name).orElse("?");
        Map<Long, ConnectRequests.AskAt> askable = requests.askable(List.of(id));
        if (!askable.containsKey(id)) {
            return Outcome.reply(turn.t("connect.cannot", name));
        }
        return ask(turn, id, name, askable.get(id), shown.get().zip());
    }

    private Outcome ask(Turn turn, long id, String name, ConnectRequests.AskAt askAt, String zip) {
        Inbound in = turn.inbound();
        Instant now = clock.instant();
        if (askAt.channel() == in.channel() && askAt.address().equals(in.sender())) {
            return Outcome.reply(turn.t("connect.own", name));
        }
        if (requests.openAsk(id, in.channel(), in.sender(), now.minus(EXPIRY))) {
            return Outcome.reply(turn.t("connect.already", name));
        }
        Instant dayAgo = now.minus(Duration.ofDays(1));
        if (requests.countByVolunteer(in.channel(), in.sender(), dayAgo) >= PER_VOLUNTEER_PER_DAY) {
            return Outcome.reply(turn.t("connect.volunteer-limit"));
        }
        if (requests.countByCongregation(id, dayAgo) >= PER_CONGREGATION_PER_DAY) {
            return Outcome.reply(turn.t("connect.congregation-limit", name));
        }
        long request = requests.insert(id, in.channel(), in.sender(), askAt, zip, now);
        int queued = outbox.enqueue(Message.of(MessageKind.CONNECT_ASK, request, "connect-ask:" + request),
                Audience.of(List.of(new Recipient(askAt.channel(), askAt.address()))));
        if (queued == 0) {
            requests.delete(request);   // the contact opted out of messages: nobody can be asked
            return Outcome.reply(turn.t("connect.cannot", name));
        }
        return Outcome.reply(turn.t("connect.asked", name));
    }

    private static Optional<Integer> number(String arguments) {
        String digits = arguments.strip().replaceFirst("^#", "");
        if (!digits.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }
}
