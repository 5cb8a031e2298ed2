package org.beloved.app.counties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beloved.app.web.AdminToken;
import org.beloved.app.web.ApiException;
import org.beloved.counties.Counties;
import org.beloved.counties.CountyEdit;
import org.beloved.counties.CountyEditResult;
import org.beloved.organizers.Actor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/admin/counties/{fips}} for organizers, behind {@code Authorization: Bearer
 * <beloved.admin.token>}: the county's whole record ({@link CountyEdit}: {@code detainerPolicy},
 * {@code agreement287g}, {@code policyNote}, {@code sourceUrl}, {@code reviewedOn}, {@code campaignStatus},
 * {@code nextMeeting}; a field left out or null is none, {@code nextMeeting: null} clears the meeting).
 * 200 with the county as {@code GET /api/counties/{fips}} shows it, audited as {@code county.edit} by
 * {@code admin-token}; 400 with every problem ({@code error} and {@code problems}, field by field);
 * 404 for an unknown FIPS.
 */
@RestController
class CountyAdminApi {

    private final Counties counties;
    private final AdminToken admin;

    CountyAdminApi(Counties counties, AdminToken admin) {
        this.counties = counties;
        this.admin = admin;
    }

    @PutMapping(path = "/api/admin/counties/{fips}", consumes = "application/json", produces = "application/json")
    CountyJson edit(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable String fips, @RequestBody(required = false) CountyEdit edit) {
        admin.authorize(authorization);
        if (edit == null) {
            throw ApiException.badRequest("the body must be the county's record as JSON");
        }
        CountyEditResult result = counties.edit(fips, edit, Actor.adminToken());
        if (result instanceof CountyEditResult.Saved saved) {
            return CountyJson.of(saved.county(), counties.congregations(saved.county().fips()));
        }
        if (result instanceof CountyEditResult.Invalid invalid) {
            throw invalid(invalid.problems());
        }
        throw CountiesApi.unknown(fips);
    }

    /** One 400 naming every problem: all in {@code error}, and each under its field in {@code problems}. */
    private static ApiException invalid(List<String> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (String problem : problems) {
            byField.merge(problem.substring(0, Math.max(0, problem.indexOf(' '))), problem, (a, b) -> a + "; " + b);
        }
        return ApiException.badRequest(String.join("; ", problems), byField);
    }
}
