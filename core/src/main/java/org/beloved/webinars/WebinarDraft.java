package org.beloved.webinars;

import java.time.format.DateTimeFormatter;

/**
 * A webinar as an organizer enters it: a local start time in a named zone
 * ({@code "2026-12-08T19:00"} in {@code "America/Chicago"}). {@code titleEs} and {@code descriptionEs}
 * are the Spanish texts of a bilingual webinar; absent or blank, every reader sees {@code title}.
 */
public record WebinarDraft(String title, String description, String start, String timeZone, Integer durationMinutes,
        String joinUrl, String language, String titleEs, String descriptionEs) {

    /** A webinar with one text for every reader. */
    public WebinarDraft(String title, String description, String start, String timeZone, Integer durationMinutes,
            String joinUrl, String language) {
        this(title, description, start, timeZone, durationMinutes, joinUrl, language, null, null);
    }

    /** The draft that would schedule {@code w} as it is: its start as entered, in its zone. */
    public static WebinarDraft of(Webinar w) {
        return new WebinarDraft(w.title(), w.description(),
                w.start().atZone(w.timeZone()).toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                w.timeZone().getId(), w.durationMinutes(), w.joinUrl(), w.language().code(), w.titleEs(),
                w.descriptionEs());
    }
}
