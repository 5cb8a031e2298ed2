package org.beloved.webinars;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A webinar as scheduled.
 *
 * @param start the instant it starts
 * @param timeZone the zone the organizer entered it in
 * @param language en, es or both
 */
public record Webinar(long id, String title, String description, Instant start, ZoneId timeZone,
        int durationMinutes, String joinUrl, String language, Status status) {

    public enum Status { SCHEDULED, CANCELLED }

    public Instant end() {
        return start.plusSeconds(durationMinutes * 60L);
    }
}
