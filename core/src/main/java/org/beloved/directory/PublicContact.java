package org.beloved.directory;

/** The contact a congregation consented to show; null fields are not shown. */
public record PublicContact(String name, String email, String phone, String website) {

    static PublicContact of(Congregation c) {
        return c.showContact() ? new PublicContact(c.contactName(), c.contactEmail(), c.contactPhone(), c.website())
                : null;
    }
}
