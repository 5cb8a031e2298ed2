package org.beloved.alerts;

import java.util.Optional;
import org.beloved.counties.Counties;
import org.springframework.stereotype.Component;

/** The county (5-digit FIPS) of a ZIP code, as the counties module knows it. */
@Component
class AlertCounties {

    private final Counties counties;

    AlertCounties(Counties counties) {
        this.counties = counties;
    }

    Optional<String> fipsOf(String zip) {
        return counties.fipsOf(zip);
    }
}
