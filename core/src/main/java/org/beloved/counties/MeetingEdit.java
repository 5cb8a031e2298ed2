package org.beloved.counties;

/**
 * The next meeting as typed.
 *
 * @param start local wall-clock time, {@code YYYY-MM-DDTHH:MM}
 * @param timeZone an IANA zone, {@code America/Chicago}
 */
public record MeetingEdit(String body, String start, String timeZone, String url) {
}
