package org.beloved.webinars;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when a reminder's moment comes: one outbox row per subscriber, in a single
 * {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING}, so a re-fire (a retry, another instance,
 * a misfire recovered) never enqueues a second message. The key holds the start time too: when a
 * webinar moves, its reminders for the new time are new messages. A reminder whose moment passed while
 * every instance was down is still sent if the webinar has not started (the dispatcher writes
 * the real time left) and no later reminder is due too; once it has started, it is skipped.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final JdbcClient jdbc;
    private final WebinarRepository webinars;
    private final WebinarSettings settings;
    private final Clock clock;

    Reminders(JdbcClient jdbc, WebinarRepository webinars, WebinarSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.webinars = webinars;
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
        int enqueued = jdbc.sql("""
                insert into outbox (dedup_key, kind, webinar_id, offset_seconds, channel, address, next_attempt_at, created_at)
                select 'reminder:' || :webinar || ':' || :offset || ':' || :start || ':' || s.channel || ':' || s.address,
                       'reminder', :webinar, :offset, s.channel, s.address, :now, :now
                from webinar_subscription s
                where not exists (select 1 from opt_out o where o.channel = s.channel and o.address = s.address)
                on conflict (dedup_key) do nothing
                """).param("webinar", webinarId).param("offset", offset.getSeconds())
                .param("start", webinar.get().start().getEpochSecond()).param("now", Timestamp.from(now))
                .update();
        log.info("Reminder {} before webinar {}: {} message(s) enqueued", offset, webinarId, enqueued);
        return enqueued;
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
        return notifyReminded(webinarId, "moved", "moved:" + webinarId + ":" + newStart.getEpochSecond());
    }

    /** A cancellation notice to everyone already sent a reminder for it; reminders still pending are dropped. */
    int enqueueCancellations(long webinarId) {
        jdbc.sql("update outbox set status = 'skipped', last_error = 'webinar cancelled' where webinar_id = ? and status = 'pending'")
                .param(webinarId).update();
        return notifyReminded(webinarId, "cancellation", "cancellation:" + webinarId);
    }

    /** One notice of {@code kind} per recipient already sent a reminder of the webinar, keyed {@code key:channel:address}. */
    private int notifyReminded(long webinarId, String kind, String key) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                insert into outbox (dedup_key, kind, webinar_id, channel, address, next_attempt_at, created_at)
                select distinct :key || ':' || o.channel || ':' || o.address, :kind, :webinar::bigint, o.channel, o.address,
                       :now::timestamptz, :now::timestamptz
                from outbox o where o.webinar_id = :webinar and o.kind = 'reminder' and o.status = 'sent'
                on conflict (dedup_key) do nothing
                """).param("key", key).param("kind", kind).param("webinar", webinarId).param("now", now).update();
    }
}
