package org.beloved.directory;

/** What typed text turned out to be, as a ZIP code. */
public sealed interface ZipLookup {

    /** A ZIP code that exists. */
    record Found(ZipCode zipCode) implements ZipLookup {
    }

    /** Five digits (or ZIP+4) that are not a ZIP code we know. */
    record Unknown(String zip) implements ZipLookup {
    }

    /** Not shaped like a ZIP code at all. */
    record Malformed(String text) implements ZipLookup {
    }
}
