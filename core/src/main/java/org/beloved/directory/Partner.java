package org.beloved.directory;

/**
 * A listed congregation as the public sees it in a search: no street address, and a contact only
 * when the congregation consented ({@code contact} is null otherwise).
 */
public record Partner(long id, String name, Tradition tradition, String city, String state, String zip,
        double distanceMiles, PublicContact contact) {
}
