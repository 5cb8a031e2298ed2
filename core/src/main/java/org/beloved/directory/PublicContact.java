package org.beloved.directory;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The contact fields of a listing that the public may see; null fields are not shown.
 * {@link #of(String, String, String, String, boolean, boolean)} is the one rule every public
 * output (SMS and Discord answers, the JSON API, the map's GeoJSON) goes through.
 */
public record PublicContact(String name, String email, String phone, String website) {

    /** The fields there are, in order, separated by commas: "Ana Ruiz, ana@example.org". */
    public String joined() {
        return Stream.of(name, email, phone, website)
                .filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(", "));
    }

    /** What of this listing's contact the public sees, if anything (for its owner's own view on other surfaces). */
    public static java.util.Optional<PublicContact> shownOn(Congregation c) {
        return java.util.Optional.ofNullable(of(c));
    }

    static PublicContact of(Congregation c) {
        return of(c.contactName(), c.contactEmail(), c.contactPhone(), c.website(), c.showEmail(), c.showPhone());
    }

    /**
     * What may be shown, or null for nothing: the email only with its own yes, the phone only with
     * its own yes (a field never asked about is hidden), and the contact person's name and the
     * website only together with at least one contact field shown, so that a name never stands
     * alone and nothing at all is published without a yes.
     */
    static PublicContact of(String name, String email, String phone, String website, boolean showEmail,
            boolean showPhone) {
        String shownEmail = showEmail ? given(email) : null;
        String shownPhone = showPhone ? given(phone) : null;
        if (shownEmail == null && shownPhone == null) {
            return null;
        }
        return new PublicContact(given(name), shownEmail, shownPhone, given(website));
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
