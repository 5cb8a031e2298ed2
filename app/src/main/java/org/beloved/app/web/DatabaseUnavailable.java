package org.beloved.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.beloved.shared.DatabaseUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page or API call that failed because the database cannot be reached (see
 * {@link DatabaseUnreachable}) answers 503 with {@code Retry-After}, not a 500: nothing is wrong
 * with the request, and it will work once the database is back (the embedded one is restarted
 * within seconds). The JSON API and the chat simulator get {@code {"error": "…"}}; a browser gets
 * the error page saying so in its language ({@link ErrorPages}). One log line, no stack trace.
 * Every other failure passes on to Spring's own resolvers. Twilio's webhooks answer their own 503s.
 */
@Component
class DatabaseUnavailable implements HandlerExceptionResolver, Ordered {

    static final String RETRY_AFTER_SECONDS = "30";
    static final String MESSAGE = "Beloved cannot reach its database right now; try again in a minute.";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private final ErrorPages pages;
    private final JsonMapper json;

    /** {@code json}: the application's mapper, so the body is written as every other API error is. */
    DatabaseUnavailable(ErrorPages pages, JsonMapper json) {
        this.pages = pages;
        this.json = json;
    }

    /** After Spring MVC's own resolvers: a controller's {@code @ExceptionHandler} (Twilio's webhooks) answers first. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (!DatabaseUnreachable.isCause(failure) || response.isCommitted()) {
            return null;
        }
        log.warn("{} {} answered 503: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
                failure.getClass().getSimpleName());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        if (wantsPage(request)) {
            return pages.resolveErrorView(request, HttpStatus.SERVICE_UNAVAILABLE, Map.of());
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        try {
            response.getWriter().write(json.writeValueAsString(new ApiError(MESSAGE)));
        } catch (IOException e) {
            log.debug("The 503 answer could not be written: {}", e.toString());
        }
        return new ModelAndView();
    }

    /** A browser asking for a page, not the JSON API or a script. */
    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !request.getRequestURI().startsWith("/api/") && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
