package org.beloved.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.beloved.alerts.AlertSubscribers.Subscriber;
import org.beloved.messaging.MessageKind;
import org.beloved.messaging.OutboxMessage;
import org.beloved.messaging.OutboxRenderer;
import org.beloved.messaging.QuietHours;
import org.beloved.messaging.Rendered;
import org.springframework.stereotype.Component;

/**
 * Writes an alert when it goes out, in the language the recipient opted in with, ending with how to
 * stop alerts on their channel. Someone who turned alerts off since the send gets nothing; a
 * non-urgent alert waits out the quiet hours in the recipient's zone (their ZIP's), on every channel;
 * an urgent one (an enforcement action under way) goes at once.
 */
@Component
class AlertRenderer implements OutboxRenderer {

    private final AlertRepository alerts;
    private final AlertSubscribers subscribers;
    private final AlertMessages messages;
    private final QuietHours quietHours;
    private final Clock clock;

    AlertRenderer(AlertRepository alerts, AlertSubscribers subscribers, AlertMessages messages, QuietHours quietHours,
            Clock clock) {
        this.alerts = alerts;
        this.subscribers = subscribers;
        this.messages = messages;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    @Override
    public Set<MessageKind> kinds() {
        return Set.of(MessageKind.ALERT);
    }

    @Override
    public Rendered render(OutboxMessage m) {
        Optional<Alert> alert = alerts.find(m.subjectId());
        if (alert.isEmpty()) {
            return new Rendered.Skip("alert gone");
        }
        Optional<Subscriber> subscriber = subscribers.find(m.channel(), m.address());
        if (subscriber.isEmpty()) {
            return new Rendered.Skip("alerts turned off");
        }
        if (!alert.get().urgent()) {
            Optional<Instant> quiet = quietHours.until(clock.instant(), subscriber.get().timeZone());
            if (quiet.isPresent()) {
                return new Rendered.Postpone(quiet.get());
            }
        }
        return new Rendered.Send(messages.text(alert.get(), m.channel(), subscriber.get().language()));
    }
}
