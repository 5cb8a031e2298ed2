package org.beloved.webinars;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where reminder moments are kept so that they fire once in the cluster, across restarts (Quartz
 * with its JDBC store, in the application). Core says what and when; the schedule keeps time.
 */
public interface ReminderSchedule {

    /** One trigger per offset at {@code start - offset}; replaces any the webinar had. */
    void schedule(Webinar webinar, List<Duration> offsets);

    /** Removes every trigger of the webinar. */
    void unschedule(long webinarId);

    /** The webinar's moments still to come, as the schedule holds them: when each offset's trigger fires next. */
    Map<Duration, Instant> pending(long webinarId);
}
