package org.beloved.alerts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beloved.directory.ZipCode;
import org.beloved.shared.Channel;

/** A draft that passed {@link AlertProblems}: cleaned texts, one audience, known channels. */
record ValidAlert(String text, String textEs, List<String> counties, Optional<ZipCode> center, Optional<Double> radiusMiles,
        Set<Channel> channels, boolean urgent) {

    Optional<String> zip() {
        return center.map(ZipCode::zip);
    }
}
