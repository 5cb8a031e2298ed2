package org.beloved.app.directory;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.beloved.directory.Partner;

/**
 * A partner in a search answer: public fields only (never a street address), {@code tradition} as
 * its code ({@code "QUAKER"}), the distance in miles, then the contact fields if consented.
 */
record PartnerJson(long id, String name, String tradition, String city, String state, String zip,
        double distanceMiles, @JsonUnwrapped ContactJson contact) {

    static PartnerJson of(Partner p) {
        return new PartnerJson(p.id(), p.name(), p.tradition().name(), p.city(), p.state(), p.zip(), p.distanceMiles(),
                ContactJson.of(p.contact()));
    }
}
