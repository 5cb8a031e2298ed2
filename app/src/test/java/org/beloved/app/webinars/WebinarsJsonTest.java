package org.beloved.app.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.beloved.BelovedApplication;
import org.beloved.app.AdminHttp;
import org.beloved.app.HttpFixtures;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exact JSON of the webinar APIs and of their errors, field names and order: a renamed or
 * reordered field fails here.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "beloved.admin.token=organizer-secret")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class WebinarsJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKEN = "organizer-secret";
    private static final String WEBINAR = """
            {"title": "Know your county", "description": "Public records, step by step", "start": "2030-12-08T19:00",
             "timeZone": "America/Chicago", "durationMinutes": 60, "joinUrl": "https://meet.example.org/abc",
             "language": "both"}
            """;

    @LocalServerPort
    int port;

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return AdminHttp.send(port, method, path, token, body);
    }

    private static List<String> fields(JsonNode node) {
        assertThat(node.isObject()).as("%s is an object", node).isTrue();
        return new ArrayList<>(node.propertyNames());
    }

    private static void assertWebinar(JsonNode w) {
        assertThat(fields(w)).containsExactly("id", "title", "description", "start", "timeZone", "startsAt",
                "durationMinutes", "joinUrl", "language", "status", "titleEs", "descriptionEs");
        assertThat(w.get("id").isIntegralNumber()).isTrue();
        assertThat(w.get("title").asString()).isEqualTo("Know your county");
        assertThat(w.get("description").asString()).isEqualTo("Public records, step by step");
        assertThat(w.get("start").asString()).isEqualTo("2030-12-08T19:00:00");
        assertThat(w.get("timeZone").asString()).isEqualTo("America/Chicago");
        assertThat(w.get("startsAt").asString()).isEqualTo("2030-12-09T01:00:00Z");
        assertThat(w.get("durationMinutes").isInt()).isTrue();
        assertThat(w.get("durationMinutes").asInt()).isEqualTo(60);
        assertThat(w.get("joinUrl").asString()).isEqualTo("https://meet.example.org/abc");
        assertThat(w.get("language").asString()).isEqualTo("both");
        assertThat(w.get("status").asString()).isEqualTo("scheduled");
        assertThat(w.get("titleEs").asString()).as("none given: one title for all").isEmpty();
        assertThat(w.get("descriptionEs").asString()).isEmpty();
    }

    @Test
    void aWebinarAsCreatedEditedListedAndCancelled() throws Exception {
        HttpResponse<String> created = send("POST", "/api/admin/webinars", TOKEN, WEBINAR);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode webinar = JSON.readTree(created.body());
        assertWebinar(webinar);
        long id = webinar.get("id").asLong();

        HttpResponse<String> edited = send("PUT", "/api/admin/webinars/" + id, TOKEN, WEBINAR);
        assertThat(edited.statusCode()).isEqualTo(200);
        assertWebinar(JSON.readTree(edited.body()));

        JsonNode upcoming = JSON.readTree(HttpFixtures.get(port, "/api/webinars").body());
        assertThat(fields(upcoming)).containsExactly("webinars");
        assertWebinar(upcoming.get("webinars").get(0));

        HttpResponse<String> cancelled = send("DELETE", "/api/admin/webinars/" + id, TOKEN, null);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(cancelled.body()).isEqualTo("{\"id\":" + id + ",\"status\":\"cancelled\"}");
    }

    @Test
    void withoutTheTokenIt401sWithABearerChallenge() throws Exception {
        for (String token : new String[] {null, "wrong"}) {
            HttpResponse<String> refused = send("POST", "/api/admin/webinars", token, WEBINAR);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
            assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
            assertThat(refused.body()).isEqualTo("{\"error\":\"a valid admin token is required\"}");
        }
    }

    @Test
    void withTheTokenAMissingWebinarIs404WithAnError() throws Exception {
        HttpResponse<String> cancel = send("DELETE", "/api/admin/webinars/987654", TOKEN, null);
        assertThat(cancel.statusCode()).isEqualTo(404);
        assertThat(cancel.body()).isEqualTo("{\"error\":\"no scheduled webinar 987654\"}");
        HttpResponse<String> edit = send("PUT", "/api/admin/webinars/987654", TOKEN, WEBINAR);
        assertThat(edit.statusCode()).isEqualTo(404);
        assertThat(edit.body()).isEqualTo("{\"error\":\"no scheduled webinar\"}");
    }

    @Test
    void aBadWebinarIs400WithAnError() throws Exception {
        HttpResponse<String> invalid = send("POST", "/api/admin/webinars", TOKEN, WEBINAR.replace("both", "fr"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(fields(JSON.readTree(invalid.body()))).containsExactly("error");
        HttpResponse<String> empty = send("POST", "/api/admin/webinars", TOKEN, null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).isEqualTo("{\"error\":\"the body must be a webinar as JSON\"}");
    }

    @Test
    void unreadableJsonIs400WithAnError() throws Exception {
        String[][] cases = {{"{nope", "the body must be JSON"},
            {"{\"durationMinutes\": \"sixty\"}", "the body's durationMinutes has the wrong type"}};
        for (String[] c : cases) {
            HttpResponse<String> unreadable = send("POST", "/api/admin/webinars", TOKEN, c[0]);
            assertThat(unreadable.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(unreadable.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
            JsonNode error = JSON.readTree(unreadable.body());
            assertThat(fields(error)).as(c[0]).containsExactly("error");
            assertThat(error.get("error").asString()).isEqualTo(c[1]);
        }
    }
}
