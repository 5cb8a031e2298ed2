package org.beloved.webinars;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.beloved.shared.PortableTable;
import org.beloved.shared.PortableTables;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The export's webinars and reminder subscriptions. After an import, every webinar still to come
 * gets its reminder triggers exactly as a newly scheduled one does, so its reminders still go out.
 */
@Component
@Order(30)
class WebinarsPortableData extends PortableTables {

    private final WebinarRepository repository;
    private final Optional<ReminderSchedule> schedule;
    private final WebinarSettings settings;
    private final Clock clock;

    WebinarsPortableData(JdbcClient jdbc, WebinarRepository repository, Optional<ReminderSchedule> schedule,
            WebinarSettings settings, Clock clock) {
        super(jdbc, List.of(new PortableTable("webinar", "webinar", "id", "id"),
                new PortableTable("subscription", "webinar_subscription", "channel, address", null)));
        this.repository = repository;
        this.schedule = schedule;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void loaded() {
        super.loaded();
        schedule.ifPresent(s -> repository.upcoming(clock.instant()).forEach(w -> s.schedule(w, settings.reminderOffsets())));
    }
}
