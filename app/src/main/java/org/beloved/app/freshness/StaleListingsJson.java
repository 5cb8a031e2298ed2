package org.beloved.app.freshness;

import java.util.List;
import org.beloved.directory.StaleListing;

/**
 * The answer of {@code GET /api/admin/listings?stale=true}: {@code {"listings": [...]}}, longest
 * waiting first, each with its {@code id}, {@code name}, {@code city}, {@code state}, {@code zip},
 * {@code reason} ({@code silent}: two check-ins unanswered; {@code no-channel}: nobody to ask) and
 * {@code since} (when it was hidden, ISO instant).
 */
record StaleListingsJson(List<Listing> listings) {

    record Listing(long id, String name, String city, String state, String zip, String reason, String since) {
    }

    static StaleListingsJson of(List<StaleListing> stale) {
        return new StaleListingsJson(stale.stream().map(s -> new Listing(s.id(), s.name(), s.city(), s.state(), s.zip(),
                s.reason().code(), s.since().toString())).toList());
    }
}
