package org.beloved.app.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.beloved.BelovedApplication;
import org.beloved.app.HttpFixtures;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** With no admin token configured, the admin API does not exist. */
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class AdminApiOffTest {

    @LocalServerPort
    int port;

    @Test
    void theAdminApiIs404() {
        assertThat(HttpFixtures.postJson(port, "/api/admin/webinars", "{}").statusCode()).isEqualTo(404);
    }

    /** Not even an error body: with or without a token, nothing says an admin API could be there. */
    @Test
    void everyAdminRequestIsABare404() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            for (String token : new String[] {null, "Bearer guess"}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + ("POST".equals(method) ? "/api/admin/webinars" : "/api/admin/webinars/1")))
                        .header("Content-Type", "application/json")
                        .method(method, "DELETE".equals(method) ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"));
                if (token != null) {
                    request.header("Authorization", token);
                }
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(method).isEqualTo(404);
                assertThat(response.body()).as(method).isEmpty();
                assertThat(response.headers().firstValue("WWW-Authenticate")).as(method).isEmpty();
            }
        }
    }

    /** The organizers and audit endpoints too: without a token configured, none of them exists. */
    @Test
    void theOrganizersAndAuditEndpointsAreBare404s() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String[] call : new String[][] {{"GET", "/api/admin/organizers"}, {"POST", "/api/admin/organizers"},
                {"DELETE", "/api/admin/organizers/1"}, {"GET", "/api/admin/audit"}, {"GET", "/api/admin/audit?limit=0"}}) {
            for (String token : new String[] {null, "Bearer guess"}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + call[1]))
                        .header("Content-Type", "application/json")
                        .method(call[0], "POST".equals(call[0]) ? HttpRequest.BodyPublishers.ofString("{}")
                                : HttpRequest.BodyPublishers.noBody());
                if (token != null) {
                    request.header("Authorization", token);
                }
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(call[0] + " " + call[1]).isEqualTo(404);
                assertThat(response.body()).as(call[1]).isEmpty();
            }
        }
    }
}
