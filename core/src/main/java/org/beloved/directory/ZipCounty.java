package org.beloved.directory;

/**
 * A county (or county equivalent: parish, borough, independent city) as the ZIP table knows it.
 *
 * @param fips the 5-digit county FIPS code: the state's two digits, then the county's three
 * @param name the county's name as the ZIP table spells it, {@code Travis}
 * @param state the USPS state code, {@code TX}
 */
public record ZipCounty(String fips, String name, String state) {
}
