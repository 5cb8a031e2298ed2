package org.beloved.app.directory;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Set;
import org.beloved.directory.Partner;

/**
 * A partner in a search answer: public fields only (never a street address), {@code tradition} as
 * its code ({@code "QUAKER"}), the distance in miles, {@code connect} (whether CONNECT #id can ask it
 * privately: it has a channel to be asked on), then the contact fields if consented.
 */
record PartnerJson(long id, String name, String tradition, String city, String state, String zip,
        double distanceMiles, boolean connect, @JsonUnwrapped ContactJson contact) {

    static PartnerJson of(Partner p, Set<Long> askable) {
        return new PartnerJson(p.id(), p.name(), p.tradition().name(), p.city(), p.state(), p.zip(), p.distanceMiles(),
                askable.contains(p.id()), ContactJson.of(p.contact()));
    }
}
