package org.beloved.webinars;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A {@link WebinarDraft} that passed validation, its fields typed and trimmed. */
record ValidDraft(String title, String description, String titleEs, String descriptionEs, LocalDateTime start,
        ZoneId zone, int durationMinutes, URI joinUrl, WebinarLanguage language) {

    Webinar toWebinar(long id) {
        return new Webinar(id, title, description, titleEs, descriptionEs, start.atZone(zone).toInstant(), zone,
                durationMinutes, joinUrl.toString(), language, Webinar.Status.SCHEDULED, 0, null);
    }
}
