package org.beloved.directory;

/**
 * What is wrong with a registration or an organizer's edit of a listing, field by field; each has a
 * message key {@code registration.problem.*} and names its field as {@link Congregation} does.
 */
public enum RegistrationProblem {
    NAME("name"), TRADITION("tradition"), ZIP_MALFORMED("zip"), ZIP_UNKNOWN("zip"), CONTACT_NAME("contactName"),
    EMAIL("contactEmail"), PHONE("contactPhone"), NO_CONTACT("contactEmail"), WEBSITE("website"),
    STREET("streetAddress"),
    /** Another listing has the same name at the same ZIP (only an edit can get there: a registration becomes a claim). */
    DUPLICATE("name");

    private final String field;

    RegistrationProblem(String field) {
        this.field = field;
    }

    public String key() {
        return "registration.problem." + name().toLowerCase().replace('_', '-');
    }

    /** The field to fix, as {@link Congregation} and the JSON APIs name it. */
    public String field() {
        return field;
    }
}
