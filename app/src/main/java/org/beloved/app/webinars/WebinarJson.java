package org.beloved.app.webinars;

import java.time.format.DateTimeFormatter;
import org.beloved.webinars.Webinar;

/**
 * A webinar as the API shows it: the start as entered ({@code start}, local time in
 * {@code timeZone}) and as an instant ({@code startsAt}, UTC), the language as the API takes it
 * ({@code "en"}, {@code "es"}, {@code "both"}), its status in lower case, and a bilingual webinar's
 * Spanish texts ({@code titleEs}, {@code descriptionEs}; empty when it has one text for all).
 */
record WebinarJson(long id, String title, String description, String start, String timeZone, String startsAt,
        int durationMinutes, String joinUrl, String language, String status, String titleEs, String descriptionEs) {

    static WebinarJson of(Webinar w) {
        return new WebinarJson(w.id(), w.title(), w.description(),
                w.start().atZone(w.timeZone()).toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                w.timeZone().getId(), w.start().toString(), w.durationMinutes(), w.joinUrl(), w.language().code(),
                w.status().name().toLowerCase(), w.titleEs(), w.descriptionEs());
    }
}
