package org.beloved.webinars;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizers' use cases: schedule, edit and cancel webinars. Every change keeps the reminder
 * triggers in step: one per configured offset, moved when the start moves, gone when cancelled.
 * Those already reminded hear of a new time, or of a cancellation.
 */
@Service
public class Webinars {

    /** How long a cancelled webinar stays in calendar feeds after its cancellation. */
    public static final Duration CANCELLED_KEPT = Duration.ofDays(30);

    private final WebinarRepository repository;
    private final Optional<ReminderSchedule> schedule;
    private final Reminders reminders;
    private final WebinarSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** {@code schedule} is absent only where no scheduler runs (an adapter's tests): then nothing is reminded. */
    Webinars(WebinarRepository repository, Optional<ReminderSchedule> schedule, Reminders reminders, WebinarSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.schedule = schedule;
        this.reminders = reminders;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public WebinarResult create(WebinarDraft draft) {
        WebinarProblems.Checked checked = WebinarProblems.check(draft);
        if (checked.draft().isEmpty()) {
            return WebinarResult.invalid(checked.problems());
        }
        long id = repository.insert(checked.draft().get().toWebinar(0), clock.instant());
        Webinar saved = repository.find(id).orElseThrow();
        schedule.ifPresent(s -> s.schedule(saved, settings.reminderOffsets()));
        events.publishEvent(new WebinarChanged(saved, WebinarChanged.Change.SCHEDULED));
        return WebinarResult.saved(saved);
    }

    @Transactional
    public WebinarResult edit(long id, WebinarDraft draft) {
        WebinarProblems.Checked checked = WebinarProblems.check(draft);
        if (checked.draft().isEmpty()) {
            return WebinarResult.invalid(checked.problems());
        }
        Optional<Instant> before = repository.find(id).map(Webinar::start);
        if (!repository.update(checked.draft().get().toWebinar(id), clock.instant())) {
            return WebinarResult.notFound();
        }
        Webinar saved = repository.find(id).orElseThrow();
        schedule.ifPresent(s -> s.schedule(saved, settings.reminderOffsets()));
        if (before.isPresent() && !before.get().equals(saved.start())) {
            reminders.enqueueMoves(id, saved.start());
        }
        events.publishEvent(new WebinarChanged(saved, WebinarChanged.Change.EDITED));
        return WebinarResult.saved(saved);
    }

    /**
     * Changes only what {@code change} changes in the webinar as entered (a partial edit); the result
     * is validated as a whole, like {@link #edit}. Not found when it is not scheduled. The row is
     * locked first, so two partial edits at once each keep the other's fields. {@code change} sees the
     * webinar as it is under that lock; an exception it throws (a caller's conflict check) leaves the
     * webinar untouched and reaches the caller.
     */
    @Transactional
    public WebinarResult patch(long id, UnaryOperator<WebinarDraft> change) {
        Optional<Webinar> current = repository.lock(id).filter(w -> w.status() == Webinar.Status.SCHEDULED);
        if (current.isEmpty()) {
            return WebinarResult.notFound();
        }
        return edit(id, change.apply(WebinarDraft.of(current.get())));
    }

    /** Cancels it, removes its reminders, and notifies those who were already reminded. */
    @Transactional
    public boolean cancel(long id) {
        if (!repository.cancel(id, clock.instant())) {
            return false;
        }
        schedule.ifPresent(s -> s.unschedule(id));
        reminders.enqueueCancellations(id);
        events.publishEvent(new WebinarChanged(repository.find(id).orElseThrow(), WebinarChanged.Change.CANCELLED));
        return true;
    }

    public Optional<Webinar> find(long id) {
        return repository.find(id);
    }

    /** Scheduled webinars that have not ended, soonest first. */
    public List<Webinar> upcoming() {
        return repository.upcoming(clock.instant());
    }

    /**
     * What a calendar feed shows, by start: the upcoming webinars, and those cancelled within
     * {@link #CANCELLED_KEPT} (status cancelled), so that calendars that copied them learn it.
     */
    public List<Webinar> forCalendar() {
        Instant now = clock.instant();
        return repository.forCalendar(now, now.minus(CANCELLED_KEPT));
    }
}
