package org.beloved.app.directory;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.beloved.directory.ListingEdit;

/**
 * The body of {@code PATCH /api/admin/listings/{id}}: only the fields it names change, each named as
 * the listing's JSON names it. A text given as {@code ""} or {@code null} empties the field (a
 * required one is then refused); {@code showEmail} and {@code showPhone} must be true or false.
 * Jackson calls a setter only for a field the body has, so presence is what the setters record; a
 * field a listing does not have is kept aside to be refused, so that a typo never answers 200 with
 * nothing changed.
 */
final class ListingPatch {

    static final String FIELDS = "name, tradition, zip, streetAddress, contactName, contactEmail, contactPhone, "
            + "website, showEmail, showPhone";

    private final Map<String, Object> given = new LinkedHashMap<>();
    private final Set<String> unknown = new TreeSet<>();

    public void setName(String value) {
        given.put("name", value);
    }

    public void setTradition(String value) {
        given.put("tradition", value);
    }

    public void setZip(String value) {
        given.put("zip", value);
    }

    public void setStreetAddress(String value) {
        given.put("streetAddress", value);
    }

    public void setContactName(String value) {
        given.put("contactName", value);
    }

    public void setContactEmail(String value) {
        given.put("contactEmail", value);
    }

    public void setContactPhone(String value) {
        given.put("contactPhone", value);
    }

    public void setWebsite(String value) {
        given.put("website", value);
    }

    public void setShowEmail(Boolean value) {
        given.put("showEmail", value);
    }

    public void setShowPhone(Boolean value) {
        given.put("showPhone", value);
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

    /** The consent fields given as null: neither a yes nor a no. */
    Set<String> nullConsents() {
        Set<String> fields = new TreeSet<>();
        for (String field : Set.of("showEmail", "showPhone")) {
            if (given.containsKey(field) && given.get(field) == null) {
                fields.add(field);
            }
        }
        return fields;
    }

    ListingEdit edit() {
        return new ListingEdit(text("name"), text("tradition"), text("zip"), text("streetAddress"), text("contactName"),
                text("contactEmail"), text("contactPhone"), text("website"), (Boolean) given.get("showEmail"),
                (Boolean) given.get("showPhone"));
    }

    /** Absent: unchanged (null); given as null: emptied (""). */
    private String text(String field) {
        if (!given.containsKey(field)) {
            return null;
        }
        Object value = given.get(field);
        return value == null ? "" : (String) value;
    }
}
