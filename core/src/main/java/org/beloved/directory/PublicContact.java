package org.beloved.directory;

/** The contact a congregation consented to show; null fields are not shown. */
public record PublicContact(String name, String email, String phone, String website) {

    /** The fields there are, in order, separated by commas: "Ana Ruiz, ana@example.org". */
    public String joined() {
        return java.util.stream.Stream.of(name, email, phone, website)
                .filter(v -> v != null && !v.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static PublicContact of(Congregation c) {
        return c.showContact() ? new PublicContact(c.contactName(), c.contactEmail(), c.contactPhone(), c.website())
                : null;
    }
}
