package org.beloved.webinars;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
}
