package org.beloved.directory;

/** A listed congregation for the map: its ZIP's centroid, never its address; contact only with consent. */
public record PublicListing(long id, String name, Tradition tradition, String city, String state, String zip,
        double latitude, double longitude, PublicContact contact) {
}
