package org.beloved.directory;

import java.time.Instant;

/**
 * A congregation as stored. Holds private fields (street address, contact details, who submitted
 * it) and each contact field's own consent: show the public only a {@link Partner} or {@link PublicListing}.
 */
public record Congregation(long id, String name, Tradition tradition, String zip, String city, String state,
        double latitude, double longitude, String streetAddress, String contactName, String contactEmail,
        String contactPhone, String website, boolean showEmail, boolean showPhone, Status status, String sourceChannel,
        Instant createdAt) {

    public enum Status { PENDING, LISTED, HIDDEN }
}
