package org.beloved.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;

/**
 * An organizer's alert as stored: its texts, audience, channels, urgency, the preview made when it
 * was drafted, and when it was sent.
 *
 * @param counties the audience's FIPS codes, or empty when it is {@code zip} and {@code radiusMiles}
 * @param createdBy who drafted it, as the audit log names them
 * @param enqueued how many messages the send enqueued, or null before it
 */
public record Alert(long id, String text, String textEs, List<String> counties, String zip, Double radiusMiles,
        Set<Channel> channels, boolean urgent, String createdBy, Instant createdAt, AlertPreview preview,
        Instant sentAt, Integer enqueued) {

    public Alert {
        counties = List.copyOf(counties);
        channels = Set.copyOf(channels);
    }

    public String text(Language language) {
        return language == Language.ES ? textEs : text;
    }

    public Optional<Instant> sent() {
        return Optional.ofNullable(sentAt);
    }
}
