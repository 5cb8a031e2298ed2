package org.beloved.app.directory;

import java.util.List;
import org.beloved.directory.PartnerSearch;
import org.beloved.directory.ZipCode;

/**
 * The answer of {@code GET /api/partners}: the ZIP searched from with its place, the radius used,
 * the partners within it nearest first, and, only when there is none within it, the nearest listed
 * partner anywhere ({@code nearestBeyond}, left out otherwise).
 */
record PartnerSearchJson(String zip, String city, String state, int radiusMiles, List<PartnerJson> partners,
        PartnerJson nearestBeyond) {

    static PartnerSearchJson of(ZipCode from, PartnerSearch search) {
        return new PartnerSearchJson(from.zip(), from.city(), from.state(), search.radiusMiles(),
                search.partners().stream().map(PartnerJson::of).toList(),
                search.nearestBeyond().map(PartnerJson::of).orElse(null));
    }
}
