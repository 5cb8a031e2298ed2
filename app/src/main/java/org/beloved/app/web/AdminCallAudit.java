package org.beloved.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes every authorized admin API call leave exactly one audit event. A call that succeeds is
 * audited by its endpoint, with what it did and to which record; one that the token let through but
 * that ended in an error (a bad webinar, an unknown id, a bad {@code limit}) changed nothing, and is
 * audited here as {@code admin-api.refused} with its method, path and status. Calls without the
 * token are not: anyone can send those, and the audit log is not theirs to fill.
 */
@Configuration(proxyBeanMethods = false)
class AdminCallAudit implements WebMvcConfigurer, HandlerInterceptor {

    /** The request attribute {@link AdminToken} sets once the token is checked. */
    static final String AUTHORIZED = AdminCallAudit.class.getName() + ".authorized";

    private final AuditLog audit;

    AdminCallAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/admin/**");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (Boolean.TRUE.equals(request.getAttribute(AUTHORIZED)) && (response.getStatus() >= 400 || ex != null)) {
            audit.record(Actor.adminToken(), AuditAction.ADMIN_CALL_REFUSED, "request",
                    request.getMethod() + " " + request.getRequestURI() + " " + response.getStatus());
        }
    }
}
