package org.beloved.app.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one check of every admin endpoint ({@code /api/admin/...}): {@code Authorization: Bearer
 * <beloved.admin.token>}. With no token configured the admin API does not exist (a bare 404); a
 * missing or wrong token is 401. The comparison takes the same time whatever the guess. An
 * authorized request is marked, so that {@link AdminCallAudit} can audit it if it ends in an error.
 */
@Component
public class AdminToken {

    private final AdminProperties admin;

    AdminToken(AdminProperties admin) {
        this.admin = admin;
    }

    /** Returns when the header holds the admin token; otherwise throws the answer (404 or 401). */
    public void authorize(String authorization) {
        if (!admin.enabled()) {
            throw ApiException.absent();
        }
        String expected = "Bearer " + admin.token();
        if (authorization == null || !MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.bearerTokenRequired("a valid admin token is required");
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(AdminCallAudit.AUTHORIZED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
