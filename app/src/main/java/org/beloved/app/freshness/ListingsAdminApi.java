package org.beloved.app.freshness;

import org.beloved.app.web.AdminToken;
import org.beloved.app.web.ApiException;
import org.beloved.directory.ListingCheckIns;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fresh listings for organizers, behind the admin token ({@link AdminToken}):
 * {@code GET /api/admin/listings?stale=true} lists the listings the 90-day check-in hid and that wait
 * for an organizer (unanswered twice, or nobody to ask), with why and since when;
 * {@code POST /api/admin/listings/{id}/restore} puts a hidden listing back on the map, its 90 days
 * starting again. Both audited as done by {@code admin-token}.
 */
@RestController
class ListingsAdminApi {

    /** At most this many listings in one answer, longest waiting first. */
    static final int LIMIT = 1000;

    /** The answer to a restore: the listing's id and {@code "status": "listed"}. */
    record Restored(long id, String status) {
    }

    private final ListingCheckIns checkIns;
    private final AdminToken admin;
    private final AuditLog audit;

    ListingsAdminApi(ListingCheckIns checkIns, AdminToken admin, AuditLog audit) {
        this.checkIns = checkIns;
        this.admin = admin;
        this.audit = audit;
    }

    /** 200 with the waiting listings; 400 without {@code stale=true} (the one view there is). */
    @GetMapping(path = "/api/admin/listings", produces = "application/json")
    StaleListingsJson stale(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestParam(required = false) String stale) {
        admin.authorize(authorization);
        if (stale == null || !stale.strip().equalsIgnoreCase("true")) {
            throw ApiException.badRequest("ask for stale=true: the listings waiting for an organizer");
        }
        StaleListingsJson listings = StaleListingsJson.of(checkIns.stale(LIMIT));
        audit.record(Actor.adminToken(), AuditAction.LISTING_STALE_READ, null, null);
        return listings;
    }

    /** 200 once the listing is back on the map; 404 when no hidden listing has that id. */
    @PostMapping(path = "/api/admin/listings/{id}/restore", produces = "application/json")
    Restored restore(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable long id) {
        admin.authorize(authorization);
        if (!checkIns.restore(id)) {
            throw ApiException.notFound("no hidden listing " + id);
        }
        audit.record(Actor.adminToken(), AuditAction.LISTING_RESTORE, "congregation", Long.toString(id));
        return new Restored(id, "listed");
    }
}
