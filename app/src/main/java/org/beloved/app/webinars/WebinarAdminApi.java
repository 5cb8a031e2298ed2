package org.beloved.app.webinars;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.WebinarResult;
import org.beloved.webinars.Webinars;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST/PUT/DELETE /api/admin/webinars[/{id}]} for organizers, behind
 * {@code Authorization: Bearer <beloved.admin.token>}. With no token configured the API does not
 * exist (404); a missing or wrong token is 401; a bad webinar is 400 with what to fix.
 */
@RestController
class WebinarAdminApi {

    private final Webinars webinars;
    private final AdminProperties admin;

    WebinarAdminApi(Webinars webinars, AdminProperties admin) {
        this.webinars = webinars;
        this.admin = admin;
    }

    @PostMapping(path = "/api/admin/webinars", consumes = "application/json", produces = "application/json")
    ResponseEntity<?> create(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody(required = false) WebinarDraft draft) {
        return guarded(authorization, () -> answer(draft == null ? null : webinars.create(draft), HttpStatus.CREATED));
    }

    @PutMapping(path = "/api/admin/webinars/{id}", consumes = "application/json", produces = "application/json")
    ResponseEntity<?> edit(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable long id, @RequestBody(required = false) WebinarDraft draft) {
        return guarded(authorization, () -> answer(draft == null ? null : webinars.edit(id, draft), HttpStatus.OK));
    }

    @DeleteMapping(path = "/api/admin/webinars/{id}", produces = "application/json")
    ResponseEntity<?> cancel(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable long id) {
        return guarded(authorization, () -> webinars.cancel(id)
                ? ResponseEntity.ok(Map.of("id", id, "status", "cancelled"))
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no scheduled webinar " + id)));
    }

    private ResponseEntity<?> guarded(String authorization, java.util.function.Supplier<ResponseEntity<?>> action) {
        if (!admin.enabled()) {
            return ResponseEntity.notFound().build();
        }
        String expected = "Bearer " + admin.token();
        if (authorization == null || !MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer")
                    .body(Map.of("error", "a valid admin token is required"));
        }
        return action.get();
    }

    private static ResponseEntity<?> answer(WebinarResult result, HttpStatus success) {
        if (result == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "the body must be a webinar as JSON"));
        }
        if (!result.problems().isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", String.join("; ", result.problems())));
        }
        return result.webinar().<ResponseEntity<?>>map(w -> ResponseEntity.status(success).body(WebinarJson.of(w)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no scheduled webinar")));
    }
}
