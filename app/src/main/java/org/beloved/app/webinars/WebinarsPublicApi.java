package org.beloved.app.webinars;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.Webinars;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/webinars} (upcoming, public) and {@code GET /webinars.ics} (the same as a calendar feed). */
@RestController
class WebinarsPublicApi {

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

    @GetMapping(path = "/webinars.ics")
    ResponseEntity<byte[]> calendar() {
        Calendar calendar = new Calendar()
                .withProperty(new ProdId("-//Beloved//Webinars//EN"))
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .getFluentTarget();
        for (Webinar w : webinars.upcoming()) {
            VEvent event = new VEvent(w.start(), w.end(), w.title());
            event.add(new Uid("webinar-" + w.id() + "@beloved"));
            event.add(new Description(w.description() + "\n\n" + w.joinUrl()));
            event.add(new Url(java.net.URI.create(w.joinUrl())));
            calendar = calendar.withComponent(event).getFluentTarget();
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
