package org.beloved.app.alerts;

import org.beloved.alerts.AlertDraft;
import org.beloved.alerts.AlertReport;
import org.beloved.alerts.AlertResult;
import org.beloved.alerts.Alerts;
import org.beloved.app.web.AdminToken;
import org.beloved.app.web.ApiException;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/alerts} drafts an action alert and answers its preview (201); nothing goes
 * until {@code POST /api/admin/alerts/{id}/send}, which sends it once (a repeat adds nothing);
 * {@code GET /api/admin/alerts/{id}} says where its messages stand. Behind
 * {@code Authorization: Bearer <beloved.admin.token>} like every admin endpoint; each call is
 * audited as done by {@code admin-token}, an urgent alert's draft and send under their own actions
 * ({@code alert.create-urgent}, {@code alert.send-urgent}), so the log says who chose urgency.
 */
@RestController
class AlertAdminApi {

    static final String ALERT = "alert";

    private final Alerts alerts;
    private final AdminToken admin;
    private final AuditLog audit;

    AlertAdminApi(Alerts alerts, AdminToken admin, AuditLog audit) {
        this.alerts = alerts;
        this.admin = admin;
        this.audit = audit;
    }

    /** 201 with the alert and its preview; 400 with each problem named. */
    @PostMapping(path = "/api/admin/alerts", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    AlertJson create(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody(required = false) AlertDraft draft) {
        admin.authorize(authorization);
        if (draft == null) {
            throw ApiException.badRequest("the body must be an alert as JSON: text, textEs, counties or zip and"
                    + " radiusMiles, channels, urgent");
        }
        Actor actor = Actor.adminToken();
        AlertResult result = alerts.draft(draft, actor.label());
        if (result instanceof AlertResult.Invalid invalid) {
            throw ApiException.badRequest("the alert has problems: " + String.join("; ", invalid.problems().values()),
                    invalid.problems());
        }
        AlertReport report = alerts.report(((AlertResult.Drafted) result).alert().id()).orElseThrow();
        audit.record(actor, report.alert().urgent() ? AuditAction.ALERT_CREATE_URGENT : AuditAction.ALERT_CREATE, ALERT,
                Long.toString(report.alert().id()));
        return AlertJson.of(report);
    }

    /** 200 with the alert as sent; sending again changes nothing. */
    @PostMapping(path = "/api/admin/alerts/{id}/send", produces = "application/json")
    AlertJson send(@RequestHeader(name = "Authorization", required = false) String authorization, @PathVariable long id) {
        admin.authorize(authorization);
        AlertReport report = alerts.send(id).orElseThrow(() -> ApiException.notFound("no alert " + id));
        audit.record(Actor.adminToken(), report.alert().urgent() ? AuditAction.ALERT_SEND_URGENT : AuditAction.ALERT_SEND,
                ALERT, Long.toString(id));
        return AlertJson.of(report);
    }

    @GetMapping(path = "/api/admin/alerts/{id}", produces = "application/json")
    AlertJson read(@RequestHeader(name = "Authorization", required = false) String authorization, @PathVariable long id) {
        admin.authorize(authorization);
        AlertReport report = alerts.report(id).orElseThrow(() -> ApiException.notFound("no alert " + id));
        audit.record(Actor.adminToken(), AuditAction.ALERT_READ, ALERT, Long.toString(id));
        return AlertJson.of(report);
    }
}
