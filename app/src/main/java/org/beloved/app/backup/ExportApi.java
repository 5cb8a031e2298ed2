package org.beloved.app.backup;

import org.beloved.app.web.AdminToken;
import org.beloved.organizers.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/admin/export}, behind the admin token: the {@link PortableExport}, audited as
 * {@code data.export} by {@code admin-token}. {@code beloved.import} loads it.
 */
@RestController
class ExportApi {

    private final AdminToken admin;
    private final PortableExport export;

    ExportApi(AdminToken admin, PortableExport export) {
        this.admin = admin;
        this.export = export;
    }

    @GetMapping(path = "/api/admin/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestHeader(name = "Authorization", required = false) String authorization) {
        admin.authorize(authorization);
        return export.download(Actor.adminToken());
    }
}
