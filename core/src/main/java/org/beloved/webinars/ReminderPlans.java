package org.beloved.webinars;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beloved.messaging.Enqueued;
import org.beloved.messaging.OptOuts;
import org.beloved.messaging.Outbox;
import org.beloved.messaging.QuietHours;
import org.beloved.messaging.Recipient;
import org.beloved.shared.Channel;
import org.springframework.stereotype.Service;

/**
 * When a webinar's reminders go out, read from where it is decided: the schedule's triggers for
 * those still ahead, messaging's outbox for those that fired (for the webinar's current start), the
 * configured offsets for the list itself, and the subscribers' zones for those an SMS reminder
 * waits for in quiet hours (as {@link ReminderRenderer} decides at dispatch). A subscriber who said
 * STOP is not counted: the outbox drops them at send.
 */
@Service
public class ReminderPlans {

    private final Optional<ReminderSchedule> schedule;
    private final Subscriptions subscriptions;
    private final Outbox outbox;
    private final OptOuts optOuts;
    private final WebinarSettings settings;
    private final QuietHours quietHours;
    private final Clock clock;

    ReminderPlans(Optional<ReminderSchedule> schedule, Subscriptions subscriptions, Outbox outbox, OptOuts optOuts,
            WebinarSettings settings, QuietHours quietHours, Clock clock) {
        this.schedule = schedule;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.optOuts = optOuts;
        this.settings = settings;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    /** Each webinar's reminders, the earliest first, in the webinars' order (the audience read once for all). */
    public Map<Webinar, List<ReminderPlan>> of(List<Webinar> webinars) {
        Map<Channel, Map<ZoneId, Long>> audience = reachableByChannelAndZone();
        Map<Webinar, List<ReminderPlan>> plans = new LinkedHashMap<>();
        for (Webinar webinar : webinars) {
            Map<Duration, Instant> pending = schedule.map(s -> s.pending(webinar.id())).orElse(Map.of());
            plans.put(webinar, settings.reminderOffsets().stream()
                    .map(offset -> plan(webinar, offset, pending, audience)).toList());
        }
        return plans;
    }

    /** How many subscribers a reminder would reach on each channel in each zone: those nothing stops by opt-out. */
    private Map<Channel, Map<ZoneId, Long>> reachableByChannelAndZone() {
        Map<Recipient, ZoneId> zones = subscriptions.audienceWithZones();
        Map<Channel, Map<ZoneId, Long>> counts = new EnumMap<>(Channel.class);
        counts.put(Channel.SMS, new HashMap<>());
        counts.put(Channel.DISCORD, new HashMap<>());
        for (Recipient recipient : optOuts.notOptedOut(List.copyOf(zones.keySet()))) {
            counts.get(recipient.channel()).merge(zones.get(recipient), 1L, Long::sum);
        }
        return counts;
    }

    private ReminderPlan plan(Webinar webinar, Duration offset, Map<Duration, Instant> pending,
            Map<Channel, Map<ZoneId, Long>> audience) {
        Instant moment = webinar.start().minus(offset);
        if (pending.containsKey(offset)) {
            Instant at = pending.get(offset);
            return new ReminderPlan(offset, at, ReminderPlan.Status.PLANNED, totals(audience), waiting(offset, at, audience));
        }
        Optional<Enqueued> sent = outbox.enqueued(Reminders.message(webinar, offset));
        if (sent.isPresent()) {
            return new ReminderPlan(offset, sent.get().at(), ReminderPlan.Status.SENT, sent.get().recipients(), 0);
        }
        if (moment.isAfter(clock.instant())) {
            return new ReminderPlan(offset, moment, ReminderPlan.Status.NOT_SCHEDULED, totals(audience),
                    waiting(offset, moment, audience));
        }
        return new ReminderPlan(offset, moment, ReminderPlan.Status.PASSED, Map.of(), 0);
    }

    private static Map<Channel, Long> totals(Map<Channel, Map<ZoneId, Long>> audience) {
        return Map.of(Channel.SMS, sum(audience.get(Channel.SMS)), Channel.DISCORD, sum(audience.get(Channel.DISCORD)));
    }

    private static long sum(Map<ZoneId, Long> byZone) {
        return byZone.values().stream().mapToLong(Long::longValue).sum();
    }

    /** SMS subscribers in whose zone {@code at} falls in quiet hours, unless it is the last reminder. */
    private long waiting(Duration offset, Instant at, Map<Channel, Map<ZoneId, Long>> audience) {
        if (offset.compareTo(Collections.min(settings.reminderOffsets())) <= 0) {
            return 0;
        }
        return audience.get(Channel.SMS).entrySet().stream()
                .filter(e -> quietHours.until(at, e.getKey()).isPresent())
                .mapToLong(Map.Entry::getValue).sum();
    }
}
