package org.beloved.directory;

import java.time.Instant;

/**
 * A registration for a listing that someone else registered (same name key and ZIP): it waits for
 * an organizer without changing the listing. Private like {@link Congregation}: organizers see the
 * claimant's details next to the listing's own to decide; approving hands the listing to the
 * claimant's contact, rejecting leaves it as it was.
 */
public record Claim(long id, Congregation listing, String name, Tradition tradition, String contactName,
        String contactEmail, String contactPhone, String website, String sourceChannel, Instant createdAt) {
}
