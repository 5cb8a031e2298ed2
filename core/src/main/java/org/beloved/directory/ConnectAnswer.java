package org.beloved.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.beloved.conversation.Answers;
import org.beloved.conversation.FreeText;
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
 * A congregation's YES or NO to the latest CONNECT ask it got: YES sends the volunteer the
 * listing's contact, NO tells the volunteer politely, with no details. A yes or no from someone
 * with no ask waiting is told so. A form's own yes/no questions never reach here (a running flow
 * gets its answers first).
 */
@Component
class ConnectAnswer implements FreeText {

    private final ConnectRequests requests;
    private final Outbox outbox;
    private final Clock clock;

    ConnectAnswer(ConnectRequests requests, Outbox outbox, Clock clock) {
        this.requests = requests;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public boolean accepts(String text) {
        return Answers.isYes(text) || Answers.isNo(text);
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Outcome handle(Turn turn, String text) {
        Inbound in = turn.inbound();
        Optional<ConnectRequests.Request> waiting = requests.latestAsked(in.channel(), in.sender());
        if (waiting.isEmpty()) {
            return Outcome.reply(turn.t("connect.nothing-to-answer"));
        }
        ConnectRequests.Request request = waiting.get();
        Instant now = clock.instant();
        if (request.createdAt().isBefore(now.minus(Connections.EXPIRY))) {
            return Outcome.reply(turn.t("connect.expired"));
        }
        boolean yes = Answers.isYes(text);
        if (!requests.answer(request.id(), yes, now)) {
            return Outcome.reply(turn.t("connect.nothing-to-answer"));
        }
        MessageKind kind = yes ? MessageKind.CONNECT_SHARED : MessageKind.CONNECT_DECLINED;
        outbox.enqueue(Message.of(kind, request.id(), kind.code() + ":" + request.id()),
                Audience.of(List.of(new Recipient(request.volunteerChannel(), request.volunteerAddress()))));
        return Outcome.reply(turn.t(yes ? "connect.answered-yes" : "connect.answered-no"));
    }
}
