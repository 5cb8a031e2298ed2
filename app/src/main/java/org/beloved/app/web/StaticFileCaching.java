package org.beloved.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Static files under a content-versioned name ({@code /style-<md5 of its content>.css}, which the
 * templates link through {@code @{/style.css}}) are cached for a year: a new content is a new name.
 * Spring's resource handler gives every static file {@code no-cache} (revalidate: the unversioned
 * names and WebJars stay correct after an upgrade); for a versioned name that was found, this filter
 * turns it into {@value #LONG_LIVED}. Anything else (a 404 for a wrong hash) keeps its own headers.
 */
final class StaticFileCaching extends OncePerRequestFilter {

    static final String LONG_LIVED = "public, max-age=31536000, immutable";
    private static final Pattern VERSIONED = Pattern.compile("^/[^?#]*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || !VERSIONED.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, longLived(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, longLived(name, value));
            }
        });
    }

    private static String longLived(String name, String value) {
        return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? LONG_LIVED : value;
    }
}
