package org.beloved.alerts;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beloved.alerts.AlertSubscribers.Subscriber;
import org.beloved.directory.ZipCode;
import org.beloved.directory.ZipCodes;
import org.beloved.directory.ZipLookup;
import org.beloved.messaging.Audience;
import org.beloved.messaging.Message;
import org.beloved.messaging.MessageKind;
import org.beloved.messaging.OptOuts;
import org.beloved.messaging.Outbox;
import org.beloved.messaging.Recipient;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizers' alerts: drafted with a preview, sent once. The preview and the send read the audience
 * with the same query, and the preview leaves out the opted out with the enqueue's own test
 * ({@link OptOuts#notOptedOut}): with no opt-in or opt-out in between, what the preview counts is
 * what the send enqueues.
 */
@Service
public class Alerts {

    private final AlertProblems problems;
    private final AlertRepository repository;
    private final AlertSubscribers subscribers;
    private final AlertMessages messages;
    private final AlertCounties counties;
    private final ZipCodes zipCodes;
    private final OptOuts optOuts;
    private final Outbox outbox;
    private final ObjectProvider<SmsSegments> segments;
    private final AlertPricing pricing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Alerts(AlertProblems problems, AlertRepository repository, AlertSubscribers subscribers, AlertMessages messages,
            AlertCounties counties, ZipCodes zipCodes, OptOuts optOuts, Outbox outbox, ObjectProvider<SmsSegments> segments,
            AlertPricing pricing, ApplicationEventPublisher events, Clock clock) {
        this.problems = problems;
        this.repository = repository;
        this.subscribers = subscribers;
        this.messages = messages;
        this.counties = counties;
        this.zipCodes = zipCodes;
        this.optOuts = optOuts;
        this.outbox = outbox;
        this.segments = segments;
        this.pricing = pricing;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the alert with its preview, or says what to fix; nothing is sent. */
    public AlertResult draft(AlertDraft draft, String createdBy) {
        AlertProblems.Result checked = problems.check(draft);
        if (checked.alert() == null) {
            return new AlertResult.Invalid(checked.problems());
        }
        ValidAlert alert = checked.alert();
        AlertPreview preview = preview(alert, reachable(audience(alert)));
        long id = repository.insert(alert, preview, createdBy, clock.instant());
        return new AlertResult.Drafted(repository.find(id).orElseThrow());
    }

    /**
     * Sends the alert: one outbox message per opted-in recipient of its audience, once. A second
     * send (or one on another instance at the same moment) finds it sent and adds nothing.
     *
     * @return the alert and where its messages stand, or empty for an unknown id
     */
    @Transactional
    public Optional<AlertReport> send(long id) {
        Optional<Alert> found = repository.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (repository.markSent(id, clock.instant())) {
            List<Recipient> recipients = audience(found.get()).stream()
                    .map(s -> new Recipient(s.channel(), s.address())).toList();
            String key = "alert:" + id;
            Message message = found.get().urgent() ? Message.urgent(MessageKind.ALERT, id, key)
                    : Message.of(MessageKind.ALERT, id, key);
            int enqueued = outbox.enqueue(message, Audience.of(recipients));
            repository.enqueued(id, enqueued);
            events.publishEvent(new AlertSent(id));
        }
        return report(id);
    }

    public Optional<AlertReport> report(long id) {
        return repository.find(id).map(a -> new AlertReport(a, outbox.tally(MessageKind.ALERT, id)));
    }

    /** The newest alerts, drafts included, each with where its messages stand (for organizers' overview). */
    public List<AlertReport> newest(int limit) {
        return repository.newest(limit).stream()
                .map(a -> new AlertReport(a, outbox.tally(MessageKind.ALERT, a.id()))).toList();
    }

    public Optional<Alert> find(long id) {
        return repository.find(id);
    }

    /** Whether a place (a Discord server's default ZIP) lies in the alert's audience. */
    public boolean reaches(Alert alert, String zip) {
        if (!(zipCodes.lookup(zip) instanceof ZipLookup.Found found)) {
            return false;
        }
        if (!alert.counties().isEmpty()) {
            return counties.fipsOf(found.zipCode().zip()).filter(alert.counties()::contains).isPresent();
        }
        return center(alert).filter(c -> miles(c, found.zipCode()) <= alert.radiusMiles()).isPresent();
    }

    private List<Subscriber> audience(ValidAlert alert) {
        if (!alert.counties().isEmpty()) {
            return subscribers.inCounties(alert.channels(), alert.counties());
        }
        ZipCode center = alert.center().orElseThrow();
        return subscribers.within(alert.channels(), center.latitude(), center.longitude(), alert.radiusMiles().orElseThrow());
    }

    private List<Subscriber> audience(Alert alert) {
        if (!alert.counties().isEmpty()) {
            return subscribers.inCounties(alert.channels(), alert.counties());
        }
        return center(alert).map(c -> subscribers.within(alert.channels(), c.latitude(), c.longitude(), alert.radiusMiles()))
                .orElse(List.of());
    }

    private Optional<ZipCode> center(Alert alert) {
        return alert.zip() != null && zipCodes.lookup(alert.zip()) instanceof ZipLookup.Found found
                ? Optional.of(found.zipCode()) : Optional.empty();
    }

    /** The subscribers nothing stops a message to by opt-out (STOP). */
    private List<Subscriber> reachable(List<Subscriber> audience) {
        Set<Recipient> kept = new HashSet<>(optOuts.notOptedOut(
                audience.stream().map(s -> new Recipient(s.channel(), s.address())).toList()));
        return kept.size() == audience.size() ? audience
                : audience.stream().filter(s -> kept.contains(new Recipient(s.channel(), s.address()))).toList();
    }

    private AlertPreview preview(ValidAlert alert, List<Subscriber> reachable) {
        Map<Language, Integer> sms = new EnumMap<>(Language.class);
        Map<Language, Integer> segmentsPerText = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            sms.put(language, 0);
            String body = language == Language.ES ? alert.textEs() : alert.text();
            segmentsPerText.put(language, segments(messages.text(body, Channel.SMS, language)));
        }
        int discord = 0;
        for (Subscriber s : reachable) {
            if (s.channel() == Channel.SMS) {
                sms.merge(s.language(), 1, Integer::sum);
            } else {
                discord++;
            }
        }
        return AlertRepository.preview(alert.channels(), sms, segmentsPerText, discord, pricing.pricePerSegment());
    }

    /**
     * The SMS adapter's count; without one in the application (no SMS at all), the most a text could
     * take: 67 characters a segment, as when it must go as UCS-2.
     */
    private int segments(String text) {
        SmsSegments counter = segments.getIfAvailable();
        return counter != null ? counter.count(text) : Math.max(1, (text.length() + 66) / 67);
    }

    /** Great-circle distance between two ZIP centroids (haversine), in miles. */
    static double miles(ZipCode a, ZipCode b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 3958.8 * Math.asin(Math.sqrt(h));
    }
}
