package org.beloved.app.counties;

import java.util.List;
import org.beloved.app.web.ApiException;
import org.beloved.counties.Counties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/counties} (every county the ZIP table knows, by FIPS, with its status) and
 * {@code GET /api/counties/{fips}} (one county with its note, source and congregations), public.
 * An unknown FIPS is a 404 with {@code {"error": ...}}.
 */
@RestController
class CountiesApi {

    /** The answer of {@code GET /api/counties}. */
    record AllCounties(List<CountyJson.Summary> counties) {
    }

    private final Counties counties;

    CountiesApi(Counties counties) {
        this.counties = counties;
    }

    @GetMapping(path = "/api/counties", produces = "application/json")
    AllCounties all() {
        return new AllCounties(counties.all().stream().map(CountyJson.Summary::of).toList());
    }

    @GetMapping(path = "/api/counties/{fips}", produces = "application/json")
    CountyJson one(@PathVariable String fips) {
        return counties.find(fips).map(county -> CountyJson.of(county, counties.congregations(county.fips())))
                .orElseThrow(() -> unknown(fips));
    }

    static ApiException unknown(String fips) {
        return ApiException.notFound("no county with FIPS code " + fips + " (5 digits, like 48453)");
    }
}
