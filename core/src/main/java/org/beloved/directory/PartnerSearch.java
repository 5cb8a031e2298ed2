package org.beloved.directory;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a nearest-partner search from a ZIP code.
 *
 * @param partners listed congregations within the radius, nearest first
 * @param beyond when none is within the radius, the nearest listed ones anywhere (a few, nearest first)
 */
public record PartnerSearch(ZipCode from, int radiusMiles, List<Partner> partners, List<Partner> beyond) {

    /** How many of the nearest partners beyond the radius a search names when none is inside. */
    public static final int BEYOND = 3;

    public PartnerSearch {
        partners = List.copyOf(partners);
        beyond = List.copyOf(beyond);
    }

    /** The nearest listed congregation beyond the radius, when none is inside. */
    public Optional<Partner> nearestBeyond() {
        return beyond.stream().findFirst();
    }
}
