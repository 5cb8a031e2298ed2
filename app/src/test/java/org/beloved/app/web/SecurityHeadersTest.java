package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.get;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.BelovedApplication;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** The security headers on every kind of answer, and pages that need no inline script to work. */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class SecurityHeadersTest {

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    private static void assertHardened(HttpResponse<String> response, String what) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self';", "style-src 'self';", "object-src 'none'",
                        "frame-ancestors 'none'", "base-uri 'self'", "img-src 'self' data: https://tile.openstreetmap.org;")
                .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as(what).hasValueSatisfying(p -> assertThat(p)
                .contains("geolocation=(self)", "camera=()", "microphone=()"));
    }

    @Test
    void everyKindOfAnswerCarriesTheHeaders() {
        for (String path : List.of("/", "/?lang=es", "/toolkit", "/toolkit/3", "/toolkit.pdf", "/api/webinars",
                "/api/congregations.geojson", "/api/partners?zip=94110", "/webinars.ics", "/style.css", "/home.js",
                "/favicon.svg", "/webjars/leaflet/dist/leaflet.js", "/actuator/health")) {
            HttpResponse<String> response = get(port, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertHardened(response, path);
        }
    }

    @Test
    void errorAnswersCarryTheHeadersToo() {
        for (String path : List.of("/no/such/page", "/toolkit/99", "/api/partners?zip=abc", "/api/partners?lat=north")) {
            HttpResponse<String> response = get(port, path);
            assertThat(response.statusCode()).as(path).isBetween(400, 499);
            assertHardened(response, path);
        }
    }

    @Test
    void pagesHaveNoInlineScriptAndNoInlineEventHandlers() {
        for (String path : List.of("/", "/?lang=es", "/toolkit", "/toolkit/3", "/no/such/page")) {
            String page = get(port, path).body();
            Matcher script = SCRIPT_TAG.matcher(page);
            while (script.find()) {
                assertThat(script.group(1)).as(path + ": " + script.group()).containsAnyOf(" src=", "type=\"application/json\"");
            }
            assertThat(EVENT_HANDLER.matcher(page).find()).as(path).isFalse();
            assertThat(page).as(path).doesNotContain("javascript:");
        }
        assertThat(get(port, "/").body()).contains("<script type=\"application/json\" id=\"texts\">");
    }

    @Test
    void theTileServerIsAllowedByItsOrigin() {
        assertThat(SecurityHeaders.tileSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .contains("https://tile.openstreetmap.org");
        assertThat(SecurityHeaders.tileSource("https://{s}.tile.example.org:8443/{z}/{x}/{y}.png?key=1"))
                .contains("https://*.tile.example.org:8443");
        assertThat(SecurityHeaders.tileSource("https://tiles{s}.example.org/{z}/{x}/{y}.png")).contains("https:");
        assertThat(SecurityHeaders.tileSource("/tiles/{z}/{x}/{y}.png")).isEmpty();
        assertThat(SecurityHeaders.tileSource("")).isEmpty();
        assertThat(SecurityHeaders.tileSource(null)).isEqualTo(Optional.empty());
        assertThat(new SecurityHeaders("").policy()).contains("img-src 'self' data:;");
    }
}
