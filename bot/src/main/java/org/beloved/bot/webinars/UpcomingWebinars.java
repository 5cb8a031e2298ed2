package org.beloved.bot.webinars;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.beloved.bot.Interactions;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarChanged;
import org.beloved.webinars.Webinars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The upcoming webinars, kept in memory for autocomplete: Discord gives it three seconds and no
 * deferral, so suggestions never wait for the database nor queue behind DM work. The list is
 * reloaded after each change made here, on the thread that made it, once committed (never JDA's: a
 * webinar changes in a form's work, a web request or a job), so the organizer who just scheduled one
 * finds it; and in the background at start-up and when it is older than {@link #FRESH} (changes made
 * by another instance); until then the last one answers. A reload that started earlier never
 * overwrites one that started later.
 */
@Component
class UpcomingWebinars {

    private static final Logger log = LoggerFactory.getLogger(UpcomingWebinars.class);
    static final Duration FRESH = Duration.ofMinutes(1);

    private final Webinars webinars;
    private final Interactions interactions;
    private final Clock clock;
    private final AtomicBoolean loading = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile List<Webinar> upcoming = List.of();
    private volatile Instant loadedAt = Instant.MIN;
    private final AtomicLong generation = new AtomicLong();
    private long applied;

    UpcomingWebinars(Webinars webinars, Interactions interactions, Clock clock) {
        this.webinars = webinars;
        this.interactions = interactions;
        this.clock = clock;
    }

    /** From memory, never blocking; those already started are left out. */
    List<Webinar> now() {
        Instant now = clock.instant();
        if (loadedAt.plus(FRESH).isBefore(now)) {
            reloadLater();
        }
        return upcoming.stream().filter(w -> w.start().isAfter(now)).toList();
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        reloadLater();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WebinarChanged changed) {
        reload();
    }

    private void reload() {
        long started = generation.incrementAndGet();
        try {
            List<Webinar> loaded = List.copyOf(webinars.upcoming());
            synchronized (this) {
                if (started > applied) {
                    applied = started;
                    upcoming = loaded;
                    loadedAt = clock.instant();
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not load the upcoming webinars for suggestions; keeping the last list", e);
        }
    }

    /** One background reload at a time, on the Discord executor; one asked for meanwhile runs after it. */
    void reloadLater() {
        again.set(true);
        if (loading.compareAndSet(false, true)) {
            again.set(false);
            interactions.execute(() -> {
                try {
                    reload();
                } finally {
                    loading.set(false);
                }
                if (again.get()) {
                    reloadLater();
                }
            });
        }
    }
}
