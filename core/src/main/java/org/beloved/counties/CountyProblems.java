package org.beloved.counties;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.beloved.shared.CleanText;

/**
 * Validates an organizer's {@link CountyEdit}, the way webinars are validated: the record to save, or
 * what is wrong as sentences an organizer can act on, each naming its field. A field left out takes
 * the default given (the state law's, for policy and agreement).
 */
final class CountyProblems {

    static final int NOTE_MAX = 300;
    static final int BODY_MAX = 120;
    private static final Pattern URL = Pattern.compile("https://\\S{3,500}");
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    /** Exactly one of the two: the record, or at least one problem. */
    record Checked(Optional<CountyRecord> record, List<String> problems) {
    }

    private CountyProblems() {
    }

    static Checked check(String fips, CountyEdit e, County defaults, LocalDate today) {
        List<String> problems = new ArrayList<>();
        DetainerPolicy policy = code("detainerPolicy", e.detainerPolicy(), DetainerPolicy::parse,
                DetainerPolicy.codes(), defaults.detainerPolicy(), problems);
        Agreement287g agreement = code("agreement287g", e.agreement287g(), Agreement287g::parse,
                Agreement287g.codes(), defaults.agreement287g(), problems);
        CampaignStatus status = code("campaignStatus", e.campaignStatus(), CampaignStatus::parse,
                CampaignStatus.codes(), CampaignStatus.NONE, problems);
        String note = line("policyNote", e.policyNote(), NOTE_MAX, problems);
        String source = url("sourceUrl", e.sourceUrl(), problems);
        LocalDate reviewed = reviewedOn(e.reviewedOn(), today, problems);
        Optional<Meeting> meeting = meeting(e.nextMeeting(), problems);
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), List.copyOf(problems));
        }
        return new Checked(Optional.of(new CountyRecord(fips, policy, agreement, note, source, reviewed, status,
                meeting)), List.of());
    }

    private static <T> T code(String field, String typed, Function<String, Optional<T>> parse, String codes,
            T absent, List<String> problems) {
        if (typed == null || typed.isBlank()) {
            return absent;
        }
        Optional<T> value = parse.apply(typed);
        if (value.isEmpty()) {
            problems.add(field + " must be one of " + codes);
        }
        return value.orElse(absent);
    }

    /** One line of text, or null when none is given. */
    private static String line(String field, String typed, int max, List<String> problems) {
        String text = clean(field, typed, problems);
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > max || text.contains("\n")) {
            problems.add(field + " must be one line of at most " + max + " characters");
        }
        return text;
    }

    private static String url(String field, String typed, List<String> problems) {
        String text = clean(field, typed, problems);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            if (URL.matcher(text).matches() && new URI(text).getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(field + " must be an https:// link");
        return null;
    }

    private static LocalDate reviewedOn(String typed, LocalDate today, List<String> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(typed.strip());
            if (date.isAfter(today.plusDays(1))) {
                problems.add("reviewedOn must not be in the future");
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add("reviewedOn must be a date like 2026-11-30");
            return null;
        }
    }

    private static Optional<Meeting> meeting(MeetingEdit m, List<String> problems) {
        if (m == null) {
            return Optional.empty();
        }
        String body = clean("nextMeeting.body", m.body(), problems);
        if (body == null || body.length() < 3 || body.length() > BODY_MAX || body.contains("\n")) {
            problems.add("nextMeeting.body must be one line of 3 to " + BODY_MAX
                    + " characters, like Commissioners Court");
        }
        LocalDateTime start = null;
        if (m.start() == null || m.start().isBlank()) {
            problems.add("nextMeeting.start is required, like 2026-12-08T19:00");
        } else {
            try {
                start = LocalDateTime.parse(m.start().strip(), START);
            } catch (DateTimeParseException e) {
                problems.add("nextMeeting.start must be a local date and time like 2026-12-08T19:00");
            }
        }
        ZoneId zone = null;
        if (m.timeZone() == null || m.timeZone().isBlank()) {
            problems.add("nextMeeting.timeZone is required, like America/Chicago");
        } else {
            try {
                zone = ZoneId.of(m.timeZone().strip());
            } catch (DateTimeException e) {
                problems.add("nextMeeting.timeZone must be an IANA zone like America/Chicago");
            }
        }
        String url = url("nextMeeting.url", m.url(), problems);
        if (body == null || start == null || zone == null) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(body, start, zone, url));
    }

    private static String clean(String field, String typed, List<String> problems) {
        if (typed == null) {
            return null;
        }
        if (CleanText.hasNul(typed)) {
            problems.add(field + " must not contain NUL characters");
            return null;
        }
        return CleanText.clean(typed).strip();
    }
}
