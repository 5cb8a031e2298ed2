package org.beloved.webinars;

import java.time.Instant;
import java.time.ZoneId;
import org.beloved.shared.Language;

/**
 * A webinar as scheduled.
 *
 * @param titleEs the Spanish title of a bilingual webinar; empty when it has one title for all
 * @param descriptionEs the Spanish description; empty when it has one description for all
 * @param start the instant it starts
 * @param timeZone the zone the organizer entered it in
 * @param joinUrl an https link, checked to be a URI when it was entered
 * @param sequence how many times it was changed since it was scheduled (edits and its cancellation)
 * @param updatedAt when it last changed; for a cancelled webinar, when it was cancelled
 */
public record Webinar(long id, String title, String description, String titleEs, String descriptionEs, Instant start,
        ZoneId timeZone, int durationMinutes, String joinUrl, WebinarLanguage language, Status status, int sequence,
        Instant updatedAt) {

    public enum Status { SCHEDULED, CANCELLED }

    public Instant end() {
        return start.plusSeconds(durationMinutes * 60L);
    }

    /** The title a reader of {@code reader} sees: the Spanish one when there is one and they read Spanish. */
    public String title(Language reader) {
        return reader == Language.ES && !titleEs.isBlank() ? titleEs : title;
    }

    /** The description a reader of {@code reader} sees, as {@link #title(Language)}. */
    public String description(Language reader) {
        return reader == Language.ES && !descriptionEs.isBlank() ? descriptionEs : description;
    }
}
