package org.beloved.webinars;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Set;
import org.beloved.messaging.Audience;
import org.beloved.messaging.Message;
import org.beloved.messaging.MessageKind;
import org.beloved.messaging.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when a reminder's moment comes: the webinar's subscribers are handed to messaging
 * as one message, which messaging enqueues once per subscriber in one statement, so a re-fire (a
 * retry, another instance, a misfire recovered) never enqueues a second message. The key holds the
 * start time too: when a webinar moves, its reminders for the new time are new messages. A reminder
 * whose moment passed while every instance was down is still sent if the webinar has not started
 * (the dispatcher writes the real time left) and no later reminder is due too; once it has started,
 * it is skipped.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final WebinarRepository webinars;
    private final Subscriptions subscriptions;
    private final Outbox outbox;
    private final WebinarSettings settings;
    private final Clock clock;

    Reminders(WebinarRepository webinars, Subscriptions subscriptions, Outbox outbox, WebinarSettings settings,
            Clock clock) {
        this.webinars = webinars;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return how many messages were enqueued (0 on a re-fire, a cancelled or a started webinar) */
    @Transactional
    public int fire(long webinarId, Duration offset) {
        Instant now = clock.instant();
        Optional<Webinar> webinar = webinars.find(webinarId);
        if (webinar.isEmpty() || webinar.get().status() != Webinar.Status.SCHEDULED) {
            log.info("Reminder for webinar {} skipped: not scheduled", webinarId);
            return 0;
        }
        if (!now.isBefore(webinar.get().start())) {
            log.warn("Reminder {} before webinar {} skipped: it fired at {}, after the start", offset, webinarId, now);
            return 0;
        }
        Optional<Duration> later = laterReminderDue(webinar.get(), offset, now);
        if (later.isPresent()) {
            log.info("Reminder {} before webinar {} skipped: it fired late, and the {} reminder is due too", offset,
                    webinarId, later.get());
            return 0;
        }
        int enqueued = outbox.enqueue(message(webinar.get(), offset), Audience.of(subscriptions.audience()));
        log.info("Reminder {} before webinar {}: {} message(s) enqueued", offset, webinarId, enqueued);
        return enqueued;
    }

    /** The reminder {@code offset} before the webinar's start as it is: a new start makes it a new message. */
    static Message message(Webinar webinar, Duration offset) {
        String key = "reminder:" + webinar.id() + ":" + offset.getSeconds() + ":" + webinar.start().getEpochSecond();
        return new Message(MessageKind.REMINDER, webinar.id(), offset, key);
    }

    /**
     * A later (shorter) reminder whose moment has come as well: after an outage both fire at once,
     * and subscribers get the later one only, never two reminders together.
     */
    private Optional<Duration> laterReminderDue(Webinar webinar, Duration offset, Instant now) {
        return settings.reminderOffsets().stream().filter(o -> o.compareTo(offset) < 0)
                .filter(o -> !now.isBefore(webinar.start().minus(o))).findFirst();
    }

    /**
     * A "new time" notice to everyone already sent a reminder of another time, once per new time
     * (reminders still pending need none: they are written at dispatch, with the time as it is then).
     */
    int enqueueMoves(long webinarId, Instant newStart) {
        return outbox.enqueue(Message.of(MessageKind.MOVED, webinarId, "moved:" + webinarId + ":" + newStart.getEpochSecond()),
                Audience.alreadySent(MessageKind.REMINDER, webinarId));
    }

    /** A cancellation notice to everyone already sent a reminder for it; reminders and notices still pending are dropped. */
    int enqueueCancellations(long webinarId) {
        outbox.withdraw(Set.of(MessageKind.REMINDER, MessageKind.MOVED), webinarId, "webinar cancelled");
        return outbox.enqueue(Message.of(MessageKind.CANCELLATION, webinarId, "cancellation:" + webinarId),
                Audience.alreadySent(MessageKind.REMINDER, webinarId));
    }
}
