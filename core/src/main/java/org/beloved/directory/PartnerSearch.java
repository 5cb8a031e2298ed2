package org.beloved.directory;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a nearest-partner search from a ZIP code.
 *
 * @param partners listed congregations within the radius, nearest first
 * @param nearestBeyond when none is within the radius, the nearest listed one anywhere (if any)
 */
public record PartnerSearch(ZipCode from, int radiusMiles, List<Partner> partners, Optional<Partner> nearestBeyond) {
}
