package org.beloved.app.directory;

import org.beloved.directory.PublicContact;

/**
 * The contact fields of a partner or a map listing, written among its own fields
 * ({@code @JsonUnwrapped}): present only when the congregation consented, and then only the ones
 * it gave (a blank one is left out like a missing one).
 */
record ContactJson(String contactName, String contactEmail, String contactPhone, String website) {

    /** Null, so no field at all, without consent. */
    static ContactJson of(PublicContact c) {
        return c == null ? null : new ContactJson(given(c.name()), given(c.email()), given(c.phone()), given(c.website()));
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
