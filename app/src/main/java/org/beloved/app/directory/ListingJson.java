package org.beloved.app.directory;

import org.beloved.directory.Congregation;

/**
 * A listing as organizers see it through the admin API: every field as {@link Congregation} names
 * it, private ones included (street address, every contact field whatever its consent), with
 * {@code tradition} as its code ({@code "QUAKER"}), {@code status} in lower case ({@code "pending"},
 * {@code "listed"}, {@code "hidden"}) and {@code createdAt} as an ISO instant.
 */
record ListingJson(long id, String name, String tradition, String zip, String city, String state, double latitude,
        double longitude, String streetAddress, String contactName, String contactEmail, String contactPhone,
        String website, boolean showEmail, boolean showPhone, String status, String sourceChannel, String createdAt) {

    static ListingJson of(Congregation c) {
        return new ListingJson(c.id(), c.name(), c.tradition().name(), c.zip(), c.city(), c.state(), c.latitude(),
                c.longitude(), c.streetAddress(), c.contactName(), c.contactEmail(), c.contactPhone(), c.website(),
                c.showEmail(), c.showPhone(), c.status().name().toLowerCase(), c.sourceChannel(),
                c.createdAt().toString());
    }
}
