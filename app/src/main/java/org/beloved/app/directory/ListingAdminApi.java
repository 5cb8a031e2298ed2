package org.beloved.app.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import org.beloved.app.web.AdminToken;
import org.beloved.app.web.ApiException;
import org.beloved.directory.Directory;
import org.beloved.directory.ListingEdit;
import org.beloved.directory.ListingEditResult;
import org.beloved.directory.RegistrationProblem;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PATCH /api/admin/listings/{id}}: an organizer's edit of a listing, behind the admin token
 * ({@link AdminToken}), through {@link Directory#edit}: only the fields the body names change
 * ({@link ListingPatch}); 200 with the listing as stored ({@link ListingJson}); 400 with
 * {@code problems} by field when the listing would break a registration's rules, or the body names
 * no field or one a listing does not have; 404 when no listing has that id. Audited as
 * {@code listing.edit} by {@code admin-token}; the map and ZIP answers show the edit at once.
 */
@RestController
class ListingAdminApi {

    private static final String CONGREGATION = "congregation";

    private final Directory directory;
    private final AdminToken admin;
    private final AuditLog audit;
    private final Texts texts;

    ListingAdminApi(Directory directory, AdminToken admin, AuditLog audit, Texts texts) {
        this.directory = directory;
        this.admin = admin;
        this.audit = audit;
        this.texts = texts;
    }

    @PatchMapping(path = "/api/admin/listings/{id}", consumes = {"application/json", "application/merge-patch+json"},
            produces = "application/json")
    ListingJson edit(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable long id, @RequestBody(required = false) ListingPatch patch) {
        admin.authorize(authorization);
        if (patch == null || (patch.isEmpty() && patch.unknown().isEmpty())) {
            throw ApiException.badRequest("the body must name at least one field to change: " + ListingPatch.FIELDS);
        }
        if (!patch.unknown().isEmpty()) {
            throw ApiException.badRequest("unknown field(s) " + String.join(", ", patch.unknown())
                    + "; a listing's fields are " + ListingPatch.FIELDS);
        }
        if (!patch.nullConsents().isEmpty()) {
            Map<String, String> problems = new LinkedHashMap<>();
            patch.nullConsents().forEach(field -> problems.put(field, field + " must be true or false"));
            throw ApiException.badRequest(String.join("; ", problems.values()), problems);
        }
        ListingEdit edit = patch.edit();
        ListingEditResult result = directory.edit(id, edit);
        if (result instanceof ListingEditResult.Edited edited) {
            audit.record(Actor.adminToken(), AuditAction.LISTING_EDIT, CONGREGATION, Long.toString(id), edit.fields());
            return ListingJson.of(edited.listing());
        }
        if (result instanceof ListingEditResult.Refused refused) {
            Map<String, String> problems = new LinkedHashMap<>();
            for (RegistrationProblem p : refused.problems()) {
                problems.merge(p.field(), texts.get(Language.EN, p.key()), (a, b) -> a + " " + b);
            }
            throw ApiException.badRequest(String.join(" ", problems.values()), problems);
        }
        throw ApiException.notFound("no listing " + id);
    }
}
