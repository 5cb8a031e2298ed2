package org.beloved.webinars;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import org.beloved.conversation.Languages;
import org.beloved.messaging.MessageKind;
import org.beloved.messaging.OutboxMessage;
import org.beloved.messaging.OutboxRenderer;
import org.beloved.messaging.QuietHours;
import org.beloved.messaging.Rendered;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * Writes reminders, cancellation and new-time notices when they go out: in the recipient's language and
 * time zone, with the real time left ("starts in 20 minutes" for a late reminder). Quiet hours
 * ({@link QuietHours}, 21:00-08:00 by default): an SMS reminder other than the last one before the
 * start is not sent in them, in the recipient's zone; it waits for their end if the webinar is still
 * ahead then, else it is dropped.
 */
@Component
class ReminderRenderer implements OutboxRenderer {

    private final WebinarRepository webinars;
    private final Subscriptions subscriptions;
    private final Languages languages;
    private final Texts texts;
    private final WebinarSettings settings;
    private final QuietHours quietHours;
    private final Clock clock;

    ReminderRenderer(WebinarRepository webinars, Subscriptions subscriptions, Languages languages, Texts texts,
            WebinarSettings settings, QuietHours quietHours, Clock clock) {
        this.webinars = webinars;
        this.subscriptions = subscriptions;
        this.languages = languages;
        this.texts = texts;
        this.settings = settings;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    @Override
    public Set<MessageKind> kinds() {
        return Set.of(MessageKind.REMINDER, MessageKind.CANCELLATION, MessageKind.MOVED);
    }

    @Override
    public Rendered render(OutboxMessage m) {
        Optional<Webinar> found = webinars.find(m.subjectId());
        if (found.isEmpty()) {
            return new Rendered.Skip("webinar gone");
        }
        Webinar w = found.get();
        ZoneId zone = subscriptions.zoneOf(m.channel(), m.address()).orElse(w.timeZone());
        Language language = languages.remembered(m.channel(), m.address()).orElse(Language.EN);
        String when = m.channel() == Channel.DISCORD ? "<t:" + w.start().getEpochSecond() + ":F>"
                : WebinarTimes.format(w.start(), zone, language);
        if (m.kind() == MessageKind.CANCELLATION) {
            return new Rendered.Send(texts.get(language, "webinar.cancelled", w.title(language), when));
        }
        Instant now = clock.instant();
        if (w.status() != Webinar.Status.SCHEDULED) {
            return new Rendered.Skip("webinar cancelled");
        }
        if (!now.isBefore(w.start())) {
            return new Rendered.Skip("the webinar has started");
        }
        if (m.kind() == MessageKind.MOVED) {
            return new Rendered.Send(texts.get(language, "webinar.moved", w.title(language), when, w.joinUrl()));
        }
        Optional<Instant> quietUntil = quietUntil(m, now, zone);
        if (quietUntil.isPresent()) {
            return quietUntil.get().isBefore(w.start()) ? new Rendered.Postpone(quietUntil.get())
                    : new Rendered.Skip("quiet hours last until the start");
        }
        return new Rendered.Send(texts.get(language, "webinar.reminder", w.title(language),
                relative(language, now, w.start()), when, w.joinUrl()));
    }

    /** When an SMS reminder that is not the last one must wait for the morning, the morning. */
    private Optional<Instant> quietUntil(OutboxMessage m, Instant now, ZoneId zone) {
        Duration last = Collections.min(settings.reminderOffsets());
        if (m.channel() != Channel.SMS || m.lead().compareTo(last) <= 0) {
            return Optional.empty();
        }
        return quietHours.until(now, zone);
    }

    /** "in 20 minutes", "in 1 hour", "in 2 days": from the real time left, not the planned offset. */
    String relative(Language language, Instant now, Instant start) {
        long minutes = (Duration.between(now, start).getSeconds() + 59) / 60;
        if (minutes < 60) {
            return texts.get(language, "webinar.in-minutes", minutes);
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 20) {
            return texts.get(language, "webinar.in-hours", hours);
        }
        return texts.get(language, "webinar.in-days", Math.round(hours / 24.0));
    }
}
