package org.beloved.toolkit;

import java.util.Optional;

/**
 * Where a state row's facts come from.
 *
 * @param date an ISO date ({@code 2019-05-02}), or a year alone when no exact date is known
 * @param url an https address, or empty when the source has none
 */
public record StateSource(String title, String publisher, String date, Optional<String> url) {
}
