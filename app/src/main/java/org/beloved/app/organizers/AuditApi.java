package org.beloved.app.organizers;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.beloved.app.web.AdminToken;
import org.beloved.app.web.ApiException;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/audit?since=&limit=}, behind the admin token: the audit log, newest first.
 * {@code since} (optional) is an ISO instant such as {@code 2026-11-30T08:00:00Z}; {@code limit}
 * (optional) is 1 to {@value AuditLog#MAX_LIMIT}, {@value AuditLog#DEFAULT_LIMIT} by default; anything
 * else is a 400 that says so. Reading the log is itself audited, after the read.
 */
@RestController
class AuditApi {

    private final AuditLog audit;
    private final AdminToken admin;

    AuditApi(AuditLog audit, AdminToken admin) {
        this.audit = audit;
        this.admin = admin;
    }

    @GetMapping(path = "/api/admin/audit", produces = "application/json")
    AuditJson audit(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestParam(required = false) String since, @RequestParam(required = false) String limit) {
        admin.authorize(authorization);
        AuditJson events = AuditJson.of(audit.newest(since(since), limit(limit)));
        audit.record(Actor.adminToken(), AuditAction.AUDIT_READ, null, null);
        return events;
    }

    private static Instant since(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("since must be an ISO instant, like 2026-11-30T08:00:00Z");
        }
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return AuditLog.DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(limit.strip());
            if (n >= 1 && n <= AuditLog.MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw ApiException.badRequest("limit must be a whole number from 1 to " + AuditLog.MAX_LIMIT);
    }
}
