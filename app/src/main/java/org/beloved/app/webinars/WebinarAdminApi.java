package org.beloved.app.webinars;

import java.util.ArrayList;
import java.util.List;
import org.beloved.app.web.AdminToken;
import org.beloved.app.web.ApiException;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.WebinarResult;
import org.beloved.webinars.Webinars;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST/PUT/PATCH/DELETE /api/admin/webinars[/{id}]} for organizers, behind
 * {@code Authorization: Bearer <beloved.admin.token>}. With no token configured the API does not
 * exist (a bare 404); a missing or wrong token is 401; a bad webinar is 400 with what to fix; a
 * webinar that is not scheduled is 404. Each change is audited as done by {@code admin-token}.
 */
@RestController
class WebinarAdminApi {

    /** The answer to a cancellation: the webinar's id and {@code "status": "cancelled"}. */
    record Cancelled(long id, String status) {

        Cancelled(long id) {
            this(id, "cancelled");
        }
    }

    static final String WEBINAR = "webinar";

    private final Webinars webinars;
    private final AdminToken admin;
    private final AuditLog audit;

    WebinarAdminApi(Webinars webinars, AdminToken admin, AuditLog audit) {
        this.webinars = webinars;
        this.admin = admin;
        this.audit = audit;
    }

    /** 201 with the webinar scheduled. */
    @PostMapping(path = "/api/admin/webinars", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    WebinarJson create(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody(required = false) WebinarDraft draft) {
        admin.authorize(authorization);
        return audited(AuditAction.WEBINAR_CREATE, saved(webinars.create(required(draft))));
    }

    /**
     * 200 with the webinar as changed. PUT replaces the whole webinar: a body without every required
     * field is one 400 that names the missing ones and points to PATCH.
     */
    @PutMapping(path = "/api/admin/webinars/{id}", consumes = "application/json", produces = "application/json")
    WebinarJson edit(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable long id, @RequestBody(required = false) WebinarDraft draft) {
        admin.authorize(authorization);
        return audited(AuditAction.WEBINAR_EDIT, saved(webinars.edit(id, whole(required(draft)))));
    }

    /** 200 with the webinar as changed: only the fields the body names change; the result is checked whole. */
    @PatchMapping(path = "/api/admin/webinars/{id}", consumes = {"application/json", "application/merge-patch+json"},
            produces = "application/json")
    WebinarJson patch(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable long id, @RequestBody(required = false) WebinarPatch patch) {
        admin.authorize(authorization);
        if (patch == null || (patch.isEmpty() && patch.unknown().isEmpty())) {
            throw ApiException.badRequest("the body must name at least one field to change: " + WebinarPatch.FIELDS);
        }
        if (!patch.unknown().isEmpty()) {
            throw ApiException.badRequest("unknown field(s) " + String.join(", ", patch.unknown())
                    + "; a webinar's fields are " + WebinarPatch.FIELDS);
        }
        Webinar saved = saved(webinars.patch(id, patch::applyTo));
        audit.record(Actor.adminToken(), AuditAction.WEBINAR_EDIT, WEBINAR, Long.toString(saved.id()), patch.fields());
        return WebinarJson.of(saved);
    }

    @DeleteMapping(path = "/api/admin/webinars/{id}", produces = "application/json")
    Cancelled cancel(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable long id) {
        admin.authorize(authorization);
        if (!webinars.cancel(id)) {
            throw ApiException.notFound("no scheduled webinar " + id);
        }
        audit.record(Actor.adminToken(), AuditAction.WEBINAR_CANCEL, WEBINAR, Long.toString(id));
        return new Cancelled(id);
    }

    private WebinarJson audited(AuditAction action, Webinar saved) {
        audit.record(Actor.adminToken(), action, WEBINAR, Long.toString(saved.id()));
        return WebinarJson.of(saved);
    }

    private static WebinarDraft required(WebinarDraft draft) {
        if (draft == null) {
            throw ApiException.badRequest("the body must be a webinar as JSON");
        }
        return draft;
    }

    private static WebinarDraft whole(WebinarDraft draft) {
        List<String> missing = new ArrayList<>();
        addIfNull(missing, "title", draft.title());
        addIfNull(missing, "start", draft.start());
        addIfNull(missing, "timeZone", draft.timeZone());
        addIfNull(missing, "durationMinutes", draft.durationMinutes());
        addIfNull(missing, "joinUrl", draft.joinUrl());
        addIfNull(missing, "language", draft.language());
        if (!missing.isEmpty()) {
            throw ApiException.badRequest("PUT replaces the whole webinar, and the body has no "
                    + String.join(", ", missing) + "; to change only some fields, send just those with PATCH");
        }
        return draft;
    }

    private static void addIfNull(List<String> missing, String field, Object value) {
        if (value == null) {
            missing.add(field);
        }
    }

    private static Webinar saved(WebinarResult result) {
        if (!result.problems().isEmpty()) {
            throw ApiException.badRequest(String.join("; ", result.problems()));
        }
        return result.webinar().orElseThrow(() -> ApiException.notFound("no scheduled webinar"));
    }
}
