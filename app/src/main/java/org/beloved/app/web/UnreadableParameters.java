package org.beloved.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query string or form body that cannot be decoded ({@code %zz}, bytes that are not UTF-8, a
 * charset nobody knows, too many fields) is 400 with one log line, before any controller runs. The
 * servlet container reports such parameters only when they are first read, as an unchecked
 * exception, which a controller would otherwise take for its own failure (a 500 with a stack
 * trace, or the SMS webhook's apology).
 */
final class UnreadableParameters extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableParameters.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException e) {
            log.info("Refused {} {}: its parameters cannot be read ({})", request.getMethod(), request.getRequestURI(),
                    e.getClass().getSimpleName());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
