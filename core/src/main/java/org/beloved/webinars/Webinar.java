package org.beloved.webinars;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A webinar as scheduled.
 *
 * @param start the instant it starts
 * @param timeZone the zone the organizer entered it in
 * @param joinUrl an https link, checked to be a URI when it was entered
 */
public record Webinar(long id, String title, String description, Instant start, ZoneId timeZone,
        int durationMinutes, String joinUrl, WebinarLanguage language, Status status) {

    public enum Status { SCHEDULED, CANCELLED }

    public Instant end() {
        return start.plusSeconds(durationMinutes * 60L);
    }
}
