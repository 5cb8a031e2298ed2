package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.beloved.BelovedApplication;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.thymeleaf.spring6.SpringTemplateEngine;
import tools.jackson.databind.json.JsonMapper;

/** Browsers get the site's own error page in their language; the JSON API keeps JSON errors; no whitelabel page. */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ErrorPagesTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    ErrorPages errorPages;

    @Autowired
    SpringTemplateEngine templates;

    private HttpResponse<String> get(String path, String accept, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", accept);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertErrorPage(HttpResponse<String> page, int status, String lang, String title) {
        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"" + lang + "\"", title, "<meta name=\"viewport\"", "Error " + status)
                .containsPattern("<link rel=\"stylesheet\" href=\"/style-[0-9a-f]{32}\\.css\">")
                .doesNotContain("Whitelabel", "Exception", "trace");
    }

    @Test
    void anUnknownPageIsA404PageInEnglishByDefault() throws Exception {
        HttpResponse<String> page = get("/no/such/page", BROWSER, null);
        assertErrorPage(page, 404, "en", "Page not found");
        assertThat(page.body()).contains("<title>Page not found - Beloved</title>", "href=\"/?lang=en\"");
        assertErrorPage(get("/toolkit/99", BROWSER, "en-US,en;q=0.9"), 404, "en", "Page not found");
        assertErrorPage(get("/toolkit/abc", BROWSER, null), 404, "en", "Page not found");
    }

    @Test
    void spanishComesFromLangOrAcceptLanguage() throws Exception {
        assertErrorPage(get("/no/such/page?lang=es", BROWSER, "en-US"), 404, "es", "Página no encontrada");
        assertErrorPage(get("/no/such/page", BROWSER, "es-MX,es;q=0.9,en;q=0.5"), 404, "es", "Página no encontrada");
        assertErrorPage(get("/toolkit/99", BROWSER, "fr-FR,es;q=0.8,en;q=0.5"), 404, "es", "Página no encontrada");
        assertErrorPage(get("/no/such/page?lang=en", BROWSER, "es"), 404, "en", "Page not found");
    }

    @Test
    void aRequestABrowserShouldNotHaveMadeGetsTheBadRequestPage() throws Exception {
        HttpResponse<String> page = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/toolkit"))
                .header("Accept", BROWSER).header("Accept-Language", "es")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertErrorPage(page, 405, "es", "No pudimos leer esa solicitud");
    }

    @Test
    void aFailureIsThe500PageInTheVisitorsLanguage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Accept-Language", "es");
        request.setPreferredLocales(java.util.List.of(java.util.Locale.forLanguageTag("es")));
        ModelAndView view = errorPages.resolveErrorView(request, HttpStatus.INTERNAL_SERVER_ERROR, Map.of());
        assertThat(view.getViewName()).isEqualTo("error");
        assertThat(view.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        var exchange = JakartaServletWebApplication.buildApplication(new MockServletContext())
                .buildExchange(request, new MockHttpServletResponse());
        String html = templates.process("error", new WebContext(exchange, java.util.Locale.ROOT, view.getModel()));
        assertThat(html).contains("<html lang=\"es\"", "Algo falló de nuestro lado", "Error 500", "/style.css");
    }

    @Test
    void theJsonApiKeepsJsonErrors() throws Exception {
        HttpResponse<String> missing = get("/api/no-such-thing", "application/json", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(JsonMapper.builder().build().readTree(missing.body()).get("status").asInt()).isEqualTo(404);
        HttpResponse<String> bad = get("/api/partners?zip=abc", BROWSER, null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).startsWith("{\"error\":");
    }
}
