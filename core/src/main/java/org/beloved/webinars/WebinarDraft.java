package org.beloved.webinars;

/**
 * A webinar as an organizer enters it: a local start time in a named zone
 * ({@code "2026-12-08T19:00"} in {@code "America/Chicago"}).
 */
public record WebinarDraft(String title, String description, String start, String timeZone, Integer durationMinutes,
        String joinUrl, String language) {
}
