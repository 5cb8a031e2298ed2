package org.beloved.app.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.get;
import static org.beloved.app.HttpFixtures.postJson;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.beloved.BelovedApplication;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exact JSON of the directory API, field names and order, as outside clients and the page's
 * scripts read it: a renamed or reordered field fails here.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "beloved.web.sign-ups-per-hour=3")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class DirectoryJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] PARTNER = {"id", "name", "tradition", "city", "state", "zip", "distanceMiles"};
    private static final String[] CONTACT = {"contactName", "contactEmail", "contactPhone", "website"};

    @LocalServerPort
    int port;

    private static List<String> fields(JsonNode node) {
        assertThat(node.isObject()).as("%s is an object", node).isTrue();
        return new ArrayList<>(node.propertyNames());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private HttpResponse<String> signUp(String name, String zip, boolean show) {
        return postJson(port, "/api/registrations", """
                {"name": "%s", "tradition": "QUAKER", "zip": "%s", "streetAddress": "12 Hidden Lane",
                 "contactName": "Ruth Fell", "contactEmail": "ruth@example.org", "contactPhone": "+14155550199",
                 "website": "https://friends.example.org", "showEmail": %s, "showPhone": %s}
                """.formatted(name, zip, show, show));
    }

    private long listed(String name, String zip, boolean show) {
        long id = JSON.readTree(signUp(name, zip, show).body()).get("id").asLong();
        TestDatabase.jdbc().sql("update congregation set status = 'listed' where id = ?").param(id).update();
        return id;
    }

    @Test
    void aPartnerSearchAnswer() {
        long mission = listed("Mission Friends", "94110", false);
        listed("Oakland Friends", "94612", true);
        JsonNode body = JSON.readTree(get(port, "/api/partners?zip=94110&radius=25&limit=5").body());
        assertThat(fields(body)).containsExactly("zip", "city", "state", "latitude", "longitude", "radiusMiles", "partners");
        assertThat(body.get("radiusMiles").isInt()).isTrue();
        JsonNode near = body.get("partners").get(0);
        assertThat(fields(near)).containsExactly(PARTNER);
        assertThat(near.get("id").asLong()).isEqualTo(mission);
        assertThat(near.get("id").isIntegralNumber()).isTrue();
        assertThat(near.get("distanceMiles").isDouble()).isTrue();
        assertThat(near.get("tradition").asString()).isEqualTo("QUAKER");
        JsonNode consented = body.get("partners").get(1);
        assertThat(fields(consented)).containsExactly(concat(PARTNER, CONTACT));
        assertThat(consented.get("contactName").asString()).isEqualTo("Ruth Fell");
        assertThat(consented.get("contactEmail").asString()).isEqualTo("ruth@example.org");
        assertThat(consented.get("contactPhone").asString()).isEqualTo("+14155550199");
        assertThat(consented.get("website").asString()).isEqualTo("https://friends.example.org");
    }

    @Test
    void noneWithinTheRadiusAnswersTheNearestBeyond() {
        listed("Oakland Friends", "94612", false);
        JsonNode body = JSON.readTree(get(port, "/api/partners?zip=02134&radius=10").body());
        assertThat(fields(body)).containsExactly("zip", "city", "state", "latitude", "longitude", "radiusMiles", "partners",
                "nearestBeyond", "beyond");
        assertThat(body.get("partners")).isEmpty();
        assertThat(fields(body.get("nearestBeyond"))).containsExactly(PARTNER);
        assertThat(body.get("nearestBeyond").get("name").asString()).isEqualTo("Oakland Friends");
        assertThat(body.get("beyond")).singleElement().satisfies(p -> assertThat(fields(p)).containsExactly(PARTNER));
    }

    @Test
    void farFromEveryoneTheThreeNearestBeyondWithConsentedContactsOnly() {
        listed("Oakland Friends", "94612", true);
        listed("Mission Friends", "94110", false);
        listed("Chicago Friends", "60614", true);
        JsonNode body = JSON.readTree(get(port, "/api/partners?zip=02134&radius=10").body());
        assertThat(body.get("partners")).isEmpty();
        JsonNode beyond = body.get("beyond");
        assertThat(beyond).hasSize(3);
        assertThat(beyond.get(0).get("name").asString()).isEqualTo("Chicago Friends");
        assertThat(body.get("nearestBeyond").get("name").asString()).isEqualTo("Chicago Friends");
        assertThat(fields(beyond.get(0))).containsExactly(concat(PARTNER, CONTACT));
        assertThat(beyond.get(0).get("contactPhone").asString()).isEqualTo("+14155550199");
        List<String> farther = List.of(beyond.get(1).get("name").asString(), beyond.get(2).get("name").asString());
        assertThat(farther).containsExactlyInAnyOrder("Oakland Friends", "Mission Friends");
        assertThat(beyond.get(1).get("distanceMiles").asDouble()).isGreaterThan(beyond.get(0).get("distanceMiles").asDouble());
        for (JsonNode far : List.of(beyond.get(1), beyond.get(2))) {
            boolean consented = far.get("name").asString().equals("Oakland Friends");
            assertThat(far.has("contactEmail")).as(far.get("name").asString()).isEqualTo(consented);
            assertThat(far.has("contactPhone")).as(far.get("name").asString()).isEqualTo(consented);
        }
    }

    @Test
    void aGeoJsonFeature() {
        listed("Oakland Friends", "94612", true);
        listed("Mission Friends", "94110", false);
        JsonNode geo = JSON.readTree(get(port, "/api/congregations.geojson").body());
        assertThat(fields(geo)).containsExactly("type", "features");
        JsonNode feature = geo.get("features").get(0);
        assertThat(fields(feature)).containsExactly("type", "geometry", "properties");
        assertThat(feature.get("type").asString()).isEqualTo("Feature");
        JsonNode geometry = feature.get("geometry");
        assertThat(fields(geometry)).containsExactly("type", "coordinates");
        assertThat(geometry.get("type").asString()).isEqualTo("Point");
        assertThat(geometry.get("coordinates")).hasSize(2);
        assertThat(geometry.get("coordinates").get(0).isDouble()).isTrue();
        JsonNode properties = feature.get("properties");
        assertThat(fields(properties)).containsExactly("name", "tradition", "city", "state",
                "contactName", "contactEmail", "contactPhone", "website");   // what the map's popup shows, no more
        assertThat(properties.get("name").asString()).isEqualTo("Oakland Friends");
        assertThat(fields(geo.get("features").get(1).get("properties")))
                .containsExactly("name", "tradition", "city", "state");
    }

    @Test
    void aSignUpAnswer() {
        HttpResponse<String> created = signUp("Mission Friends", "94110", false);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        assertThat(fields(body)).containsExactly("id", "status", "message");
        assertThat(body.get("id").isIntegralNumber()).isTrue();
        assertThat(body.get("status").asString()).isEqualTo("pending");
    }

    @Test
    void theHoneypotAnswersAsIfPending() {
        HttpResponse<String> dropped = postJson(port, "/api/registrations", """
                {"name": "Spam Church", "tradition": "OTHER", "zip": "94110", "contactName": "Bot",
                 "contactEmail": "bot@example.org", "company": "ACME"}
                """);
        assertThat(dropped.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(dropped.body());
        assertThat(fields(body)).containsExactly("status", "message");
        assertThat(body.get("status").asString()).isEqualTo("pending");
    }

    @Test
    void aRefusedSignUpIs400WithTheProblemsByField() {
        HttpResponse<String> refused = postJson(port, "/api/registrations",
                "{\"name\": \"X\", \"tradition\": \"nope\", \"zip\": \"123\", \"contactName\": \"\", \"contactEmail\": \"bad\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode body = JSON.readTree(refused.body());
        assertThat(fields(body)).containsExactly("error", "problems");
        JsonNode problems = body.get("problems");
        assertThat(fields(problems)).containsExactly("name", "tradition", "contactName", "contactEmail", "zip");
        List<String> messages = new ArrayList<>();
        problems.forEach(p -> messages.add(p.asString()));
        assertThat(body.get("error").asString()).isEqualTo(String.join(" ", messages));
    }

    @Test
    void tooManySignUpsIs429WithAnError() {
        for (String name : new String[] {"One", "Two", "Three"}) {
            assertThat(signUp(name, "94110", false).statusCode()).isEqualTo(201);
        }
        HttpResponse<String> fourth = signUp("Four", "94110", false);
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fields(JSON.readTree(fourth.body()))).containsExactly("error");
    }

    @Test
    void aBadSearchIs400WithAnErrorOnly() {
        HttpResponse<String> bad = get(port, "/api/partners?zip=abc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo("{\"error\":\"zip must be a 5-digit US ZIP code, like 94110\"}");
    }

    @Test
    void aParameterOfTheWrongTypeIs400WithAnErrorOnly() {
        HttpResponse<String> bad = get(port, "/api/partners?lat=north&lon=-122");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo("{\"error\":\"lat has the wrong type\"}");
    }

    @Test
    void anUnreadableSignUpIs400WithAnErrorOnly() {
        HttpResponse<String> unreadable = postJson(port, "/api/registrations", "{\"name\": ");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).isEqualTo("{\"error\":\"the body must be JSON\"}");
        assertThat(TestDatabase.jdbc().sql("select count(*) from congregation").query(Long.class).single()).isZero();
    }
}
