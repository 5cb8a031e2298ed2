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
 * Writes CONNECT's messages when they go out, in the recipient's language: the ask to the
 * congregation (never the volunteer's address), and the volunteer's answer (the contact after a
 * YES, a polite word after a NO). A request erased, answered or expired meanwhile is not sent.
 * None is urgent: each waits out the quiet hours in the recipient's zone (the congregation's ZIP for
 * the ask, the ZIP the volunteer searched for the answer; Chicago's when a ZIP is unknown).
 */
@Component
class ConnectRenderer implements OutboxRenderer {

    private final ConnectRequests requests;
    private final Directory directory;
    private final Languages languages;
    private final Texts texts;
    private final ZipCodes zipCodes;
    private final QuietHours quietHours;
    private final Clock clock;

    ConnectRenderer(ConnectRequests requests, Directory directory, Languages languages, Texts texts,
            ZipCodes zipCodes, QuietHours quietHours, Clock clock) {
        this.requests = requests;
        this.directory = directory;
        this.languages = languages;
        this.texts = texts;
        this.zipCodes = zipCodes;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    @Override
    public Set<MessageKind> kinds() {
        return Set.of(MessageKind.CONNECT_ASK, MessageKind.CONNECT_SHARED, MessageKind.CONNECT_DECLINED);
    }

    @Override
    public Rendered render(OutboxMessage m) {
        Optional<ConnectRequests.Request> found = requests.find(m.subjectId());
        if (found.isEmpty()) {
            return new Rendered.Skip("connect request erased");
        }
        ConnectRequests.Request r = found.get();
        Optional<Congregation> congregation = directory.find(r.congregationId());
        if (congregation.isEmpty()) {
            return new Rendered.Skip("listing gone");
        }
        String zip = m.kind() == MessageKind.CONNECT_ASK ? congregation.get().zip() : r.zip();
        Optional<Instant> quiet = quietHours.until(clock.instant(), zoneOf(zip));
        if (quiet.isPresent()) {
            return new Rendered.Postpone(quiet.get());
        }
        Language language = languages.remembered(m.channel(), m.address()).orElse(Language.EN);
        String name = congregation.get().name();
        return switch (m.kind()) {
            case CONNECT_ASK -> ask(r, language, name);
            case CONNECT_SHARED -> shared(r, language, congregation.get());
            case CONNECT_DECLINED -> "declined".equals(r.status())
                    ? new Rendered.Send(texts.get(language, "connect.declined", name))
                    : new Rendered.Skip("not declined");
            default -> new Rendered.Skip("not a connect message");
        };
    }

    private ZoneId zoneOf(String zip) {
        return zipCodes.lookup(zip) instanceof ZipLookup.Found found ? found.zipCode().timeZone()
                : ZoneId.of("America/Chicago");
    }

    private Rendered ask(ConnectRequests.Request r, Language language, String name) {
        if (!"asked".equals(r.status())) {
            return new Rendered.Skip("already answered");
        }
        if (r.createdAt().isBefore(clock.instant().minus(Connections.EXPIRY))) {
            return new Rendered.Skip("the request expired");
        }
        return new Rendered.Send(texts.get(language, "connect.ask", r.zip(), name));
    }

    private Rendered shared(ConnectRequests.Request r, Language language, Congregation c) {
        if (!"accepted".equals(r.status())) {
            return new Rendered.Skip("not accepted");
        }
        // The YES is the consent: the contact the listing holds, whether or not the public sees it.
        PublicContact contact = PublicContact.of(c.contactName(), c.contactEmail(), c.contactPhone(), c.website(),
                true, true);
        if (contact == null) {
            return new Rendered.Send(texts.get(language, "connect.shared-nothing", c.name()));
        }
        return new Rendered.Send(texts.get(language, "connect.shared", c.name(), contact.joined()));
    }
}
