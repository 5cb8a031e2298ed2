package org.beloved.app.organizers;

import java.util.List;
import org.beloved.app.web.AdminToken;
import org.beloved.app.web.ApiException;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.organizers.NewOrganizer;
import org.beloved.organizers.OrganizerResult;
import org.beloved.organizers.OrganizerRoster;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/POST /api/admin/organizers} and {@code DELETE /api/admin/organizers/{id}}, behind the
 * admin token ({@link AdminToken}: 404 when none is configured, 401 without it). Adding takes
 * {@code {"displayName", "discordUserId", "phone"}} (a Discord user id, a phone, or both); removing
 * keeps the row, inactive. Every call is audited as done by {@code admin-token}.
 */
@RestController
class OrganizerAdminApi {

    /** The answer to a removal: the organizer's id and {@code "status": "removed"}. */
    record Removed(long id, String status) {

        Removed(long id) {
            this(id, "removed");
        }
    }

    private final OrganizerRoster roster;
    private final AdminToken admin;
    private final AuditLog audit;

    OrganizerAdminApi(OrganizerRoster roster, AdminToken admin, AuditLog audit) {
        this.roster = roster;
        this.admin = admin;
        this.audit = audit;
    }

    /** Every organizer, removed ones too, oldest first. */
    @GetMapping(path = "/api/admin/organizers", produces = "application/json")
    List<OrganizerJson> list(@RequestHeader(name = "Authorization", required = false) String authorization) {
        admin.authorize(authorization);
        List<OrganizerJson> organizers = roster.all().stream().map(OrganizerJson::of).toList();
        audit.record(Actor.adminToken(), AuditAction.ORGANIZER_LIST, null, null);
        return organizers;
    }

    /** 201 with the organizer added; 400 with what is wrong (nothing changed). */
    @PostMapping(path = "/api/admin/organizers", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    OrganizerJson add(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody(required = false) NewOrganizer organizer) {
        admin.authorize(authorization);
        if (organizer == null) {
            throw ApiException.badRequest("the body must be an organizer as JSON");
        }
        OrganizerResult result = roster.add(organizer, Actor.adminToken());
        return result.organizer().map(OrganizerJson::of)
                .orElseThrow(() -> ApiException.badRequest(String.join("; ", result.problems())));
    }

    /** 200 once removed; 404 when there is no active organizer with that id. */
    @DeleteMapping(path = "/api/admin/organizers/{id}", produces = "application/json")
    Removed remove(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable long id) {
        admin.authorize(authorization);
        if (!roster.remove(id, Actor.adminToken())) {
            throw ApiException.notFound("no active organizer " + id);
        }
        return new Removed(id);
    }
}
