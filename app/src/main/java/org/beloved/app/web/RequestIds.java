package org.beloved.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request id in every log line of a request: the {@code X-Request-Id} a proxy sent (letters,
 * digits, {@code . _ -}, at most 64 characters: anything else could forge log lines), else a new
 * one; it is the MDC's {@code requestId} while the request runs (the log pattern and the JSON logs
 * show it) and goes back in the answer's {@code X-Request-Id}.
 */
final class RequestIds extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idOf(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    static String idOf(String header) {
        return header != null && ACCEPTED.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;   // the error page's lines belong to the same request
    }
}
