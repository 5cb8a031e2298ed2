package org.beloved.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * An organizer's change to a listing, field by field as {@link Congregation} names them: a null
 * field stays as it is; a given one replaces it. An empty text empties an optional field (street
 * address, email, phone, website); a required one (name, tradition, ZIP, contact name) cannot be
 * emptied. The tradition is typed as {@link Tradition#parse} reads it; a new ZIP brings its own
 * city, state and centre. {@code showEmail} and {@code showPhone} are each field's consent to be shown.
 */
public record ListingEdit(String name, String tradition, String zip, String streetAddress, String contactName,
        String contactEmail, String contactPhone, String website, Boolean showEmail, Boolean showPhone) {

    /** The names of the fields this changes, as the admin API names them, in the record's order. */
    public List<String> fields() {
        List<String> fields = new ArrayList<>();
        Object[] values = {name, tradition, zip, streetAddress, contactName, contactEmail, contactPhone, website,
            showEmail, showPhone};
        String[] names = {"name", "tradition", "zip", "streetAddress", "contactName", "contactEmail", "contactPhone",
            "website", "showEmail", "showPhone"};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                fields.add(names[i]);
            }
        }
        return fields;
    }

    /** Changes nothing. */
    public boolean isEmpty() {
        return name == null && tradition == null && zip == null && streetAddress == null && contactName == null
                && contactEmail == null && contactPhone == null && website == null && showEmail == null
                && showPhone == null;
    }

    /**
     * The listing as it would be once edited, in a registration's shape so that it meets the same
     * rules ({@link Registrations}); an unknown tradition is null, for those rules to refuse.
     */
    NewCongregation applyTo(Congregation c) {
        Tradition t = tradition == null ? c.tradition() : Tradition.parse(tradition).orElse(null);
        return new NewCongregation(or(name, c.name()), t, or(zip, c.zip()), or(streetAddress, c.streetAddress()),
                or(contactName, c.contactName()), or(contactEmail, c.contactEmail()),
                or(contactPhone, c.contactPhone()), or(website, c.website()),
                showEmail == null ? c.showEmail() : showEmail, showPhone == null ? c.showPhone() : showPhone,
                null, null);
    }

    private static String or(String given, String current) {
        return given == null ? current : given;
    }
}
