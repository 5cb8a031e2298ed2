package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.postJson;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import org.beloved.BelovedApplication;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API's error answers for bodies that are not JSON or not valid, exactly {@code {"error": "…"}}. */
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ApiErrorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private static void assertErrorOnly(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(new ArrayList<>(body.propertyNames())).containsExactly("error");
        assertThat(body.get("error").isString()).isTrue();
    }

    @Test
    void aBodyThatIsNotJsonIs400WithAnError() {
        HttpResponse<String> response = postJson(port, "/api/simulator", "{bad");
        assertErrorOnly(response);
        assertThat(response.body()).isEqualTo("{\"error\":\"the body must be JSON\"}");
    }

    @Test
    void anInvalidMessageIs400WithEveryFieldToFixInOrder() {
        HttpResponse<String> response = postJson(port, "/api/simulator", "{\"sender\":\"x\"}");
        assertErrorOnly(response);
        // Sorted by field; "text" has the validator's own message, in the machine's language.
        assertThat(response.body()).startsWith("{\"error\":\"sender: sender must be 8 to 64 letters, digits, - or _; text: ");
    }
}
