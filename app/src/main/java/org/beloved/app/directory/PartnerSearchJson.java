package org.beloved.app.directory;

import java.util.List;
import java.util.Set;
import org.beloved.directory.PartnerSearch;
import org.beloved.directory.ZipCode;

/**
 * The answer of {@code GET /api/partners}: the ZIP searched from with its place (and its centroid,
 * where the web page moves its map), the radius used,
 * the partners within it nearest first, and, only when there is none within it, the nearest listed
 * partner anywhere ({@code nearestBeyond}) and the few nearest anywhere, nearest first, as SMS and
 * Discord name them ({@code beyond}); both left out otherwise. Contacts only as consented.
 */
record PartnerSearchJson(String zip, String city, String state, double latitude, double longitude, int radiusMiles,
        List<PartnerJson> partners, PartnerJson nearestBeyond, List<PartnerJson> beyond) {

    static PartnerSearchJson of(ZipCode from, PartnerSearch search, Set<Long> askable) {
        return new PartnerSearchJson(from.zip(), from.city(), from.state(), from.latitude(), from.longitude(),
                search.radiusMiles(),
                search.partners().stream().map(p -> PartnerJson.of(p, askable)).toList(),
                search.nearestBeyond().map(p -> PartnerJson.of(p, askable)).orElse(null),
                search.beyond().isEmpty() ? null : search.beyond().stream().map(p -> PartnerJson.of(p, askable)).toList());
    }
}
