package org.beloved.app.webinars;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.beloved.webinars.WebinarDraft;

/**
 * The body of {@code PATCH /api/admin/webinars/{id}}: only the fields it names change, each as the
 * draft's field of the same name ({@code null} empties a text). Jackson calls a setter only for a
 * field the body has, so presence is what the setters record; a field the draft does not have is
 * kept aside to be refused, so that a typo never answers 200 with nothing changed.
 */
final class WebinarPatch {

    static final String FIELDS = "title, description, titleEs, descriptionEs, start, timeZone, durationMinutes, "
            + "joinUrl, language";

    private final Map<String, Object> given = new LinkedHashMap<>();
    private final Set<String> unknown = new TreeSet<>();

    public void setTitle(String value) {
        given.put("title", value);
    }

    public void setDescription(String value) {
        given.put("description", value);
    }

    public void setTitleEs(String value) {
        given.put("titleEs", value);
    }

    public void setDescriptionEs(String value) {
        given.put("descriptionEs", value);
    }

    public void setStart(String value) {
        given.put("start", value);
    }

    public void setTimeZone(String value) {
        given.put("timeZone", value);
    }

    public void setDurationMinutes(Integer value) {
        given.put("durationMinutes", value);
    }

    public void setJoinUrl(String value) {
        given.put("joinUrl", value);
    }

    public void setLanguage(String value) {
        given.put("language", value);
    }

    @JsonAnySetter
    void other(String name, Object value) {
        unknown.add(name);
    }

    boolean isEmpty() {
        return given.isEmpty();
    }

    Set<String> unknown() {
        return unknown;
    }

    /** {@code current} with the given fields replaced. */
    WebinarDraft applyTo(WebinarDraft current) {
        return new WebinarDraft(text("title", current.title()), text("description", current.description()),
                text("start", current.start()), text("timeZone", current.timeZone()),
                given.containsKey("durationMinutes") ? (Integer) given.get("durationMinutes")
                        : current.durationMinutes(),
                text("joinUrl", current.joinUrl()), text("language", current.language()),
                text("titleEs", current.titleEs()), text("descriptionEs", current.descriptionEs()));
    }

    private String text(String field, String current) {
        return given.containsKey(field) ? (String) given.get(field) : current;
    }
}
