package org.beloved.webinars;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What is wrong with a webinar draft, as sentences an organizer can act on. */
final class WebinarProblems {

    private static final Pattern URL = Pattern.compile("https://[^\\s]{3,500}");
    private static final Set<String> LANGUAGES = Set.of("en", "es", "both");

    private WebinarProblems() {
    }

    static List<String> of(WebinarDraft d) {
        List<String> problems = new ArrayList<>();
        if (d.title() == null || d.title().strip().length() < 3 || d.title().strip().length() > 200) {
            problems.add("title must be 3 to 200 characters");
        }
        if (d.description() != null && d.description().length() > 4000) {
            problems.add("description must be at most 4000 characters");
        }
        ZoneId zone = zone(d.timeZone(), problems);
        if (d.start() == null) {
            problems.add("start is required, like 2026-12-08T19:00");
        } else {
            try {
                LocalDateTime.parse(d.start());
            } catch (DateTimeParseException e) {
                problems.add("start must be a local date and time like 2026-12-08T19:00");
            }
        }
        if (d.durationMinutes() == null || d.durationMinutes() < 5 || d.durationMinutes() > 600) {
            problems.add("durationMinutes must be 5 to 600");
        }
        if (d.joinUrl() == null || !URL.matcher(d.joinUrl().strip()).matches()) {
            problems.add("joinUrl must be an https:// link");
        }
        if (d.language() == null || !LANGUAGES.contains(d.language())) {
            problems.add("language must be en, es or both");
        }
        return problems;
    }

    private static ZoneId zone(String id, List<String> problems) {
        if (id == null || id.isBlank()) {
            problems.add("timeZone is required, like America/Chicago");
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            problems.add("timeZone must be an IANA zone like America/Chicago");
            return null;
        }
    }
}
