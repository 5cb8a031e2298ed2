package org.beloved.app.console;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.beloved.app.webinars.WebinarPatch;
import org.beloved.webinars.WebinarDraft;

/**
 * An edit sent from a webinar's form on the console: each field as the form shows it now, and as
 * it was when the page was drawn (hidden {@code was.<field>} inputs). Only the fields that differ
 * are changed, through the admin API's partial edit ({@link WebinarPatch}); a field changed here
 * that someone else changed meanwhile (in Discord, through the API, in another console) is a
 * conflict, never overwritten. Values are compared as the form writes them: line ends and the
 * spaces around a text do not count, nor do a start's seconds.
 */
final class WebinarEdit {

    static final String WAS = "was.";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** Fields read together: a start is a local time in the zone. */
    private static final Map<String, String> COUPLED = Map.of("start", "timeZone", "timeZone", "start");

    private final Map<String, String> now;
    private final Map<String, String> was;

    private WebinarEdit(Map<String, String> now, Map<String, String> was) {
        this.now = now;
        this.was = was;
    }

    /**
     * The edit the request's parameters make, or empty when a field it sends lacks its {@code was.}
     * value (a form from before this check, or a hand-made post): nothing is then known to be
     * unchanged, so nothing is saved. A field not sent at all is left as it is.
     */
    static Optional<WebinarEdit> of(Map<String, String> params) {
        Map<String, String> now = new LinkedHashMap<>();
        Map<String, String> was = new LinkedHashMap<>();
        for (String field : WebinarPatch.NAMES) {
            if (params.containsKey(field)) {
                if (!params.containsKey(WAS + field)) {
                    return Optional.empty();
                }
                now.put(field, params.get(field));
                was.put(field, params.get(WAS + field));
            }
        }
        return Optional.of(new WebinarEdit(now, was));
    }

    /** The fields the organizer changed, in the form's order. */
    List<String> changed() {
        return now.keySet().stream().filter(f -> !same(f, now.get(f), was.get(f))).toList();
    }

    /**
     * The changed fields that {@code current} no longer holds as they were drawn, unless it already
     * holds the new value. A start is read in its zone, so a start changed here while the zone was
     * changed elsewhere (or the reverse) conflicts too: the one not changed here is named, with what
     * the organizer saw.
     */
    List<EditConflict.Field> conflicts(WebinarDraft current) {
        Map<String, String> stored = values(current);
        List<String> changed = changed();
        List<EditConflict.Field> conflicts = new ArrayList<>();
        for (String field : WebinarPatch.NAMES) {
            String yours = changed.contains(field) ? now.get(field) : was.get(field);
            boolean checked = changed.contains(field)
                    || (COUPLED.containsKey(field) && changed.contains(COUPLED.get(field)) && was.containsKey(field));
            if (checked && !same(field, stored.get(field), was.get(field)) && !same(field, stored.get(field), yours)) {
                conflicts.add(new EditConflict.Field(field, normal(field, stored.get(field)), normal(field, yours)));
            }
        }
        return conflicts;
    }

    /**
     * {@code current} (the webinar as it is, locked) with the changed fields replaced.
     *
     * @throws EditConflict when a changed field was changed meanwhile to something else
     */
    WebinarDraft applyTo(WebinarDraft current) {
        List<EditConflict.Field> conflicts = conflicts(current);
        if (!conflicts.isEmpty()) {
            throw new EditConflict(conflicts);
        }
        return patch().applyTo(current);
    }

    /** The changed fields with their new values, as the admin API's PATCH takes them (a blank text empties it). */
    private WebinarPatch patch() {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : changed()) {
            String value = text(now.get(field));
            fields.put(field, field.equals("durationMinutes") ? integer(value) : value);
        }
        return WebinarPatch.of(fields);
    }

    /** A draft's fields as strings, keyed by field name. */
    static Map<String, String> values(WebinarDraft d) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", d.title());
        values.put("description", d.description());
        values.put("titleEs", d.titleEs());
        values.put("descriptionEs", d.descriptionEs());
        values.put("start", d.start());
        values.put("timeZone", d.timeZone());
        values.put("durationMinutes", d.durationMinutes() == null ? null : d.durationMinutes().toString());
        values.put("joinUrl", d.joinUrl());
        values.put("language", d.language());
        return values;
    }

    private static boolean same(String field, String a, String b) {
        return Objects.equals(normal(field, a), normal(field, b));
    }

    private static String normal(String field, String value) {
        String text = value == null ? "" : value.replace("\r\n", "\n").strip();
        if (field.equals("start")) {
            try {
                return LocalDateTime.parse(text).format(LOCAL);
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.replace("\r\n", "\n").strip();
    }

    /** A number the form could not hold (typed by hand) goes on as null, which the draft's check refuses. */
    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
