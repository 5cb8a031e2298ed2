package org.beloved.app.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.beloved.BelovedApplication;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /v3/api-docs} describes every endpoint of the JSON API and the calendar feed that Spring
 * MVC maps (the list comes from the handler mapping, so a new endpoint is covered or this fails),
 * the admin operations with their bearer scheme; the only endpoints of Beloved left out are the
 * pages and Twilio's webhooks. {@code /api-docs} is the browsable page.
 */
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "beloved.admin.token=open-api-test-token-123")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class OpenApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Beloved's endpoints deliberately not described: pages for browsers, and Twilio's webhooks (Twilio's contract). */
    private static final Set<String> NOT_DESCRIBED = Set.of("GET /", "GET /toolkit", "GET /toolkit/{number}",
            "GET /toolkit.pdf", "GET /toolkit/states", "GET /toolkit/states/{code}", "GET /county/{fips}",
            "POST /sms/inbound", "POST /sms/status",
            // The organizer console: pages and form posts for signed-in organizers, not API.
            "GET /organize", "POST /organize/sign-in", "GET /organize/code", "POST /organize/code", "GET /organize/today",
            "GET /organize/listings", "POST /organize/listings/{id}/approve", "POST /organize/listings/{id}/hide",
            "POST /organize/claims/{id}/hand-over", "POST /organize/claims/{id}/reject", "GET /organize/organizers",
            "POST /organize/organizers", "POST /organize/organizers/{id}/deactivate", "GET /organize/audit",
            "GET /organize/export", "POST /organize/export/download", "GET /organize/webinars", "POST /organize/webinars",
            "POST /organize/webinars/{id}", "POST /organize/webinars/{id}/cancel", "POST /organize/listings/{id}/restore",
            "GET /organize/counties", "POST /organize/counties/{fips}", "GET /organize/alerts", "POST /organize/alerts",
            "GET /organize/alerts/{id}", "POST /organize/alerts/{id}/send", "GET /organize/listings/{id}",
            "POST /organize/listings/{id}");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static boolean described(String path) {
        return path.startsWith("/api/") || path.equals("/webinars.ics");
    }

    /** "METHOD path" of every endpoint Beloved's own controllers map. */
    private Set<String> belovedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getName().startsWith("org.beloved.")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + path);
                }
                methods.forEach(m -> endpoints.add(m + " " + path));
            }
        });
        return endpoints;
    }

    private JsonNode apiDocs() {
        HttpResponse<String> response = get(port, "/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void everyEndpointOfTheApiIsDescribedAndNoOther() {
        Set<String> mapped = belovedEndpoints();
        Set<String> expected = new TreeSet<>();
        mapped.stream().filter(e -> described(e.substring(e.indexOf(' ') + 1))).forEach(expected::add);
        assertThat(expected).contains("GET /api/partners", "POST /api/registrations", "GET /api/admin/audit",
                "DELETE /api/admin/webinars/{id}", "GET /webinars.ics");
        Set<String> left = new TreeSet<>(mapped);
        left.removeAll(expected);
        assertThat(left).as("endpoints neither described nor deliberately left out").isEqualTo(NOT_DESCRIBED);

        Set<String> documented = new TreeSet<>();
        apiDocs().path("paths").properties().forEach(path -> path.getValue().properties().forEach(
                operation -> documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(documented).isEqualTo(expected);
    }

    @Test
    void theAdminOperationsRequireTheBearerSchemeAndTheOthersNone() {
        JsonNode docs = apiDocs();
        JsonNode scheme = docs.path("components").path("securitySchemes").path(ApiDocs.BEARER);
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode security = operation.getValue().path("security");
            if (path.getKey().startsWith(ApiDocs.ADMIN_PATHS)) {
                assertThat(security.toString()).as(operation.getKey() + " " + path.getKey())
                        .isEqualTo("[{\"" + ApiDocs.BEARER + "\":[]}]");
            } else {
                assertThat(security.isMissingNode()).as(operation.getKey() + " " + path.getKey()).isTrue();
            }
        }));
    }

    @Test
    void theBrowsablePageIsAtApiDocs() throws Exception {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = following.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(get(port, "/v3/api-docs/swagger-config").body()).contains("/v3/api-docs");
    }
}
