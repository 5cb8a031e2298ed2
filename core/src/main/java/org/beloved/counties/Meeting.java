package org.beloved.counties;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The next public meeting where the county decides: start is local wall-clock time in timeZone.
 *
 * @param body who meets, {@code Commissioners Court}
 * @param url the agenda or the way to join, or null
 */
public record Meeting(String body, LocalDateTime start, ZoneId timeZone, String url) {

    public Instant instant() {
        return start.atZone(timeZone).toInstant();
    }
}
