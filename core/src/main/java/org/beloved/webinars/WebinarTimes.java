package org.beloved.webinars;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.beloved.shared.Language;

/** Webinar times as people read them in a text, in their own zone: "Tue Dec 8, 7:00 PM CST". */
public final class WebinarTimes {

    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a zzz", Locale.US);
    private static final DateTimeFormatter ES = DateTimeFormatter.ofPattern("EEE d MMM, H:mm zzz", Locale.forLanguageTag("es"));

    private WebinarTimes() {
    }

    public static String format(Instant instant, ZoneId zone, Language language) {
        return (language == Language.ES ? ES : EN).format(instant.atZone(zone));
    }
}
