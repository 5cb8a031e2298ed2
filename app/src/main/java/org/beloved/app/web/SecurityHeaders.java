package org.beloved.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every answer (pages, JSON, the calendar, static files, error pages):
 * a Content-Security-Policy that runs only this site's own script files (no inline script, no
 * eval; the home page's JSON is {@code <script type="application/json">}, which is data, not
 * script), takes images from this site and the map's tile server only, and lets no other site
 * frame a page; no MIME sniffing; the origin alone as referrer to other sites; geolocation for
 * this site only ("Use my location") and no camera, microphone or payment at all.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    /** {@code scheme://host[:port]} at the start of a tile URL template; the host may hold {@code {s}}-style parts. */
    private static final Pattern ORIGIN = Pattern.compile("^(https?)://([^/?#]+)");
    private static final Pattern HOST_SOURCE = Pattern.compile("(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    private final String policy;

    SecurityHeaders(String mapTiles) {
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
                + tileSource(mapTiles).map(s -> " " + s).orElse("")
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    String policy() {
        return policy;
    }

    /**
     * Where the map's tiles come from, as a CSP source: {@code https://tile.openstreetmap.org} for
     * OpenStreetMap's template, {@code https://*.tile.example.org} for a {@code {s}.tile.example.org}
     * template; a template on this site, or none, needs nothing beyond {@code 'self'}. A host CSP
     * cannot name (a placeholder inside a label) allows its whole scheme rather than break the map.
     */
    static Optional<String> tileSource(String mapTiles) {
        if (mapTiles == null) {
            return Optional.empty();
        }
        Matcher origin = ORIGIN.matcher(mapTiles.strip());
        if (!origin.find()) {
            return Optional.empty();
        }
        String host = origin.group(2).replaceAll("^\\{[^}]*}\\.", "*.");
        return Optional.of(HOST_SOURCE.matcher(host).matches() ? origin.group(1) + "://" + host : origin.group(1) + ":");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "geolocation=(self), camera=(), microphone=(), payment=(), usb=()");
        chain.doFilter(request, response);
    }

    /** Error pages are answers too: Tomcat's error dispatch passes through this filter again. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
