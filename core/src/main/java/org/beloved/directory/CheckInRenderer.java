package org.beloved.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.beloved.conversation.Languages;
import org.beloved.messaging.MessageKind;
import org.beloved.messaging.OutboxMessage;
import org.beloved.messaging.OutboxRenderer;
import org.beloved.messaging.QuietHours;
import org.beloved.messaging.Rendered;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * Writes the 90-day check-in when it goes out, in the contact's language: the first ask, or the
 * second one after 14 days of silence. A check-in answered meanwhile, or of a listing no longer on
 * the map, is not sent. It is not urgent: it waits out the quiet hours of the listing's ZIP.
 */
@Component
class CheckInRenderer implements OutboxRenderer {

    private final FreshnessStore store;
    private final Directory directory;
    private final ZipCodes zipCodes;
    private final Languages languages;
    private final Texts texts;
    private final QuietHours quietHours;
    private final Clock clock;

    CheckInRenderer(FreshnessStore store, Directory directory, ZipCodes zipCodes, Languages languages, Texts texts,
            QuietHours quietHours, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.zipCodes = zipCodes;
        this.languages = languages;
        this.texts = texts;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    @Override
    public Set<MessageKind> kinds() {
        return Set.of(MessageKind.LISTING_CHECK_IN);
    }

    @Override
    public Rendered render(OutboxMessage m) {
        Optional<FreshnessStore.Waiting> waiting = store.waiting(m.subjectId())
                .filter(w -> w.channel() == m.channel() && w.address().equals(m.address()));
        Optional<Congregation> listing = directory.find(m.subjectId());
        if (waiting.isEmpty() || listing.isEmpty()) {
            return new Rendered.Skip("check-in answered, or listing off the map");
        }
        Optional<Instant> quiet = quietHours.until(clock.instant(), zoneOf(listing.get().zip()));
        if (quiet.isPresent()) {
            return new Rendered.Postpone(quiet.get());
        }
        Language language = languages.remembered(m.channel(), m.address()).orElse(Language.EN);
        String key = waiting.get().asks() > 1 ? "freshness.ask-again" : "freshness.ask";
        return new Rendered.Send(texts.get(language, key, listing.get().name(), ListingCheckIns.WAIT_DAYS));
    }

    private ZoneId zoneOf(String zip) {
        return zipCodes.lookup(zip) instanceof ZipLookup.Found found ? found.zipCode().timeZone()
                : ZoneId.of("America/Chicago");
    }
}
