package org.beloved.app.webinars;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.beloved.shared.CleanText;
import org.beloved.shared.Language;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.Webinars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/webinars} (upcoming, public) and {@code GET /webinars.ics} (the same as a calendar
 * feed). One odd row never breaks the feed for everyone: text is {@link CleanText#strip stripped} of
 * what iCalendar cannot hold, a join URL that is not a URI is left out of the event's URL (one log
 * line), and a webinar that still cannot be written is left out of the feed (one log line).
 */
@RestController
class WebinarsPublicApi {

    private static final Logger log = LoggerFactory.getLogger(WebinarsPublicApi.class);

    static final String CALENDAR_NAME = "Beloved webinars";
    static final String CALENDAR_NAME_ES = "Seminarios de Beloved";

    private final Webinars webinars;

    WebinarsPublicApi(Webinars webinars) {
        this.webinars = webinars;
    }

    /** The answer of {@code GET /api/webinars}: scheduled webinars that have not ended, soonest first. */
    record Upcoming(List<WebinarJson> webinars) {
    }

    @GetMapping(path = "/api/webinars", produces = "application/json")
    Upcoming upcoming() {
        return new Upcoming(webinars.upcoming().stream().map(WebinarJson::of).toList());
    }

    private static Optional<VEvent> event(Webinar w, Language reader) {
        try {
            String joinUrl = CleanText.strip(w.joinUrl());
            VEvent event = new VEvent(w.start(), w.end(), CleanText.strip(w.title(reader)));
            event.add(new Uid("webinar-" + w.id() + "@beloved"));
            event.add(new Sequence(w.sequence()));
            event.add(new LastModified(w.updatedAt()));
            event.add(w.status() == Webinar.Status.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                    : ImmutableStatus.VEVENT_CONFIRMED);
            event.add(new Description(CleanText.strip(w.description(reader)) + "\n\n" + joinUrl));
            uri(w.id(), joinUrl).ifPresent(uri -> event.add(new Url(uri)));
            return Optional.of(event);
        } catch (RuntimeException e) {
            log.warn("Webinar {} left out of the calendar feed: {}", w.id(), e.toString());
            return Optional.empty();
        }
    }

    private static Optional<URI> uri(long id, String joinUrl) {
        try {
            return Optional.of(new URI(joinUrl));
        } catch (URISyntaxException e) {
            log.warn("Webinar {} has a join URL that is not a URI: left out of its calendar event's URL", id);
            return Optional.empty();
        }
    }

    /**
     * The feed, named ({@code X-WR-CALNAME}) and in English, or in Spanish with {@code ?lang=es}. Each
     * event's {@code SEQUENCE} grows with every change; a cancelled webinar stays
     * {@link Webinars#CANCELLED_KEPT 30 days} with {@code STATUS:CANCELLED}, so subscribed calendars drop it.
     */
    @GetMapping(path = "/webinars.ics")
    ResponseEntity<byte[]> calendar(@RequestParam(name = "lang", required = false) String lang) {
        Language reader = "es".equalsIgnoreCase(lang) ? Language.ES : Language.EN;
        Calendar calendar = new Calendar()
                .withProperty(new ProdId("-//Beloved//Webinars//EN"))
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(new XProperty("X-WR-CALNAME", reader == Language.ES ? CALENDAR_NAME_ES : CALENDAR_NAME))
                .getFluentTarget();
        for (Webinar w : webinars.forCalendar()) {
            Optional<VEvent> event = event(w, reader);
            if (event.isPresent()) {
                calendar = calendar.withComponent(event.get()).getFluentTarget();
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new CalendarOutputter(false).output(calendar, out);
            return ResponseEntity.ok().header("Content-Type", "text/calendar; charset=utf-8")
                    .header("Content-Disposition", "inline; filename=\"beloved-webinars.ics\"").body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
