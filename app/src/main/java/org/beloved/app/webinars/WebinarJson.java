package org.beloved.app.webinars;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.beloved.webinars.Webinar;

/** A webinar as the API shows it: the start as an instant and as entered (local time and zone). */
final class WebinarJson {

    private WebinarJson() {
    }

    static Map<String, Object> of(Webinar w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id());
        m.put("title", w.title());
        m.put("description", w.description());
        m.put("start", w.start().atZone(w.timeZone()).toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        m.put("timeZone", w.timeZone().getId());
        m.put("startsAt", w.start().toString());
        m.put("durationMinutes", w.durationMinutes());
        m.put("joinUrl", w.joinUrl());
        m.put("language", w.language());
        m.put("status", w.status().name().toLowerCase());
        return m;
    }
}
