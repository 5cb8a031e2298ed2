package org.beloved.app.webinars;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.beloved.webinars.WebinarDraft;

/**
 * The body of {@code PATCH /api/admin/webinars/{id}}: only the fields it names change, each as the
 * draft's field of the same name ({@code null} empties a text). Jackson calls a setter only for a
 * field the body has, so presence is what the setters record; a field the draft does not have is
 * kept aside to be refused, so that a typo never answers 200 with nothing changed. The organizer
 * console's Webinars page sends only the fields its form changed the same way ({@link #of}).
 */
public final class WebinarPatch {

    /** A webinar's fields, as the draft and the admin API's JSON name them. */
    public static final List<String> NAMES = List.of("title", "description", "titleEs", "descriptionEs", "start",
            "timeZone", "durationMinutes", "joinUrl", "language");
    static final String FIELDS = String.join(", ", NAMES);

    /**
     * A patch of these fields (names from {@link #NAMES}; {@code durationMinutes} an Integer, the others
     * Strings, null empties a text).
     *
     * @throws IllegalArgumentException for a name that is no field
     */
    public static WebinarPatch of(Map<String, ?> fields) {
        WebinarPatch patch = new WebinarPatch();
        fields.forEach((name, value) -> {
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("no webinar field " + name);
            }
            patch.given.put(name, value);
        });
        return patch;
    }

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

    /** The names of the fields this patch changes, in the order given. */
    public List<String> fields() {
        return List.copyOf(given.keySet());
    }

    Set<String> unknown() {
        return unknown;
    }

    /** {@code current} with the given fields replaced. */
    public WebinarDraft applyTo(WebinarDraft current) {
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
