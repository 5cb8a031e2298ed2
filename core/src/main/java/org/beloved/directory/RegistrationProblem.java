package org.beloved.directory;

/** What is wrong with a registration, field by field; each has a message key {@code registration.problem.*}. */
public enum RegistrationProblem {
    NAME, TRADITION, ZIP_MALFORMED, ZIP_UNKNOWN, CONTACT_NAME, EMAIL, PHONE, NO_CONTACT, WEBSITE, STREET;

    public String key() {
        return "registration.problem." + name().toLowerCase().replace('_', '-');
    }
}
