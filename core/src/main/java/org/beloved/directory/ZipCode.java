package org.beloved.directory;

import java.time.ZoneId;

/**
 * A US ZIP code with its centroid and where it is.
 *
 * @param zip five digits, leading zeros kept
 * @param timeZone the IANA zone most of the ZIP lives in
 */
public record ZipCode(String zip, String city, String state, String county, double latitude, double longitude,
        ZoneId timeZone) {
}
