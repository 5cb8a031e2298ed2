package org.beloved.webinars;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Validates a webinar draft: a typed draft, or what is wrong as sentences an organizer can act on. */
final class WebinarProblems {

    private static final Pattern URL = Pattern.compile("https://[^\\s]{3,500}");

    /** Exactly one of the two: the typed draft, or at least one problem. */
    record Checked(Optional<ValidDraft> draft, List<String> problems) {
    }

    private WebinarProblems() {
    }

    static Checked check(WebinarDraft d) {
        List<String> problems = new ArrayList<>();
        String title = d.title() == null ? "" : d.title().strip();
        if (title.length() < 3 || title.length() > 200) {
            problems.add("title must be 3 to 200 characters");
        }
        if (d.description() != null && d.description().length() > 4000) {
            problems.add("description must be at most 4000 characters");
        }
        String titleEs = d.titleEs() == null ? "" : d.titleEs().strip();
        if (!titleEs.isEmpty() && (titleEs.length() < 3 || titleEs.length() > 200)) {
            problems.add("titleEs must be empty or 3 to 200 characters");
        }
        if (d.descriptionEs() != null && d.descriptionEs().length() > 4000) {
            problems.add("descriptionEs must be at most 4000 characters");
        }
        ZoneId zone = zone(d.timeZone(), problems);
        LocalDateTime start = start(d.start(), problems);
        if (d.durationMinutes() == null || d.durationMinutes() < 5 || d.durationMinutes() > 600) {
            problems.add("durationMinutes must be 5 to 600");
        }
        URI joinUrl = joinUrl(d.joinUrl(), problems);
        Optional<WebinarLanguage> language = WebinarLanguage.fromCode(d.language());
        if (language.isEmpty()) {
            problems.add("language must be en, es or both");
        }
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), List.copyOf(problems));
        }
        String description = d.description() == null ? "" : d.description().strip();
        String descriptionEs = d.descriptionEs() == null ? "" : d.descriptionEs().strip();
        return new Checked(Optional.of(new ValidDraft(title, description, titleEs, descriptionEs, start, zone,
                d.durationMinutes(), joinUrl, language.get())), List.of());
    }

    private static LocalDateTime start(String start, List<String> problems) {
        if (start == null) {
            problems.add("start is required, like 2026-12-08T19:00");
            return null;
        }
        try {
            return LocalDateTime.parse(start);
        } catch (DateTimeParseException e) {
            problems.add("start must be a local date and time like 2026-12-08T19:00");
            return null;
        }
    }

    private static URI joinUrl(String url, List<String> problems) {
        if (url == null || !URL.matcher(url.strip()).matches()) {
            problems.add("joinUrl must be an https:// link");
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() == null) {
                problems.add("joinUrl must be an https:// link");
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.add("joinUrl must be an https:// link");
            return null;
        }
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
