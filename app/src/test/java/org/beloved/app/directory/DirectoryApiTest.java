package org.beloved.app.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.get;
import static org.beloved.app.HttpFixtures.postJson;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
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

/** The directory's web surface over real HTTP: search, the map's GeoJSON and the sign-up form. */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "beloved.web.sign-ups-per-hour=3")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class DirectoryApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> PUBLIC = Set.of("id", "name", "tradition", "city", "state", "zip", "distanceMiles",
            "connect", "contactName", "contactEmail", "contactPhone", "website");

    @LocalServerPort
    int port;

    private long signUp(String name, String zip, boolean show) {
        HttpResponse<String> response = postJson(port, "/api/registrations", """
                {"name": "%s", "tradition": "QUAKER", "zip": "%s", "streetAddress": "12 Hidden Lane",
                 "contactName": "Ruth Fell", "contactEmail": "ruth@example.org", "contactPhone": "+14155550199",
                 "website": "https://friends.example.org", "showEmail": %s, "showPhone": %s}
                """.formatted(name, zip, show, show));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asString()).isEqualTo("pending");
        assertThat(body.get("message").asString()).contains("waiting for an organizer");
        return body.get("id").asLong();
    }

    private static void approve(long id) {
        TestDatabase.jdbc().sql("update congregation set status = 'listed' where id = ?").param(id).update();
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void aSignUpIsPendingAndInvisibleUntilApproved() {
        long id = signUp("Mission Friends", "94110", false);
        assertThat(JSON.readTree(get(port, "/api/partners?zip=94110").body()).get("partners")).isEmpty();
        approve(id);
        JsonNode body = JSON.readTree(get(port, "/api/partners?zip=94110-1234&radius=10&limit=3").body());
        assertThat(body.get("zip").asString()).isEqualTo("94110");
        assertThat(body.get("city").asString()).isEqualTo("San Francisco");
        assertThat(body.get("state").asString()).isEqualTo("CA");
        assertThat(body.get("radiusMiles").asInt()).isEqualTo(10);
        JsonNode partner = body.get("partners").get(0);
        assertThat(fields(partner)).containsExactlyInAnyOrder("id", "name", "tradition", "city", "state", "zip",
                "distanceMiles", "connect");
        assertThat(partner.get("distanceMiles").asDouble()).isEqualTo(0.0);
        assertThat(partner.get("tradition").asString()).isEqualTo("QUAKER");
    }

    @Test
    void consentedContactsAreTheOnlyPrivateFieldsEverShown() {
        approve(signUp("Oakland Friends", "94612", true));
        approve(signUp("Mission Friends", "94110", false));
        JsonNode partners = JSON.readTree(get(port, "/api/partners?zip=94110&limit=20").body()).get("partners");
        assertThat(partners).hasSize(2);
        for (JsonNode p : partners) {
            assertThat(PUBLIC).containsAll(fields(p));
        }
        assertThat(fields(partners.get(1))).contains("contactName", "contactEmail", "contactPhone", "website");
        assertThat(partners.toString()).doesNotContain("Hidden Lane");
    }

    @Test
    void theGeoJsonIsAFeatureCollectionOfListedPointsAtZipCentroids() {
        approve(signUp("Oakland Friends", "94612", true));
        signUp("Pending Friends", "10001", true);
        HttpResponse<String> response = get(port, "/api/congregations.geojson");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/geo+json");
        JsonNode geo = JSON.readTree(response.body());
        assertThat(geo.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geo.get("features")).hasSize(1);
        JsonNode feature = geo.get("features").get(0);
        assertThat(feature.get("type").asString()).isEqualTo("Feature");
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
        JsonNode coordinates = feature.get("geometry").get("coordinates");
        assertThat(coordinates.get(0).asDouble()).isBetween(-122.4, -122.1);   // longitude first
        assertThat(coordinates.get(1).asDouble()).isBetween(37.7, 37.9);
        assertThat(PUBLIC).containsAll(fields(feature.get("properties")));
        assertThat(response.body()).doesNotContain("Hidden Lane", "Pending Friends");
    }

    @Test
    void badParametersGet400WithAnError() {
        for (String query : new String[] {"", "?zip=abc", "?zip=00000", "?zip=94110&radius=0", "?zip=94110&radius=251",
            "?zip=94110&limit=21", "?zip=94110&limit=two", "?zip=94110&radius=1.5"}) {
            HttpResponse<String> response = get(port, "/api/partners" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("error").asString()).as(query).isNotBlank();
        }
    }

    @Test
    void aLocationFindsTheNearestZipAndAnywhereElseIs400() {
        approve(signUp("Oakland Friends", "94612", false));
        JsonNode body = JSON.readTree(get(port, "/api/partners?lat=37.8080&lon=-122.2690").body());
        assertThat(body.get("zip").asString()).isEqualTo("94612");
        assertThat(body.get("partners").get(0).get("name").asString()).isEqualTo("Oakland Friends");
        HttpResponse<String> paris = get(port, "/api/partners?lat=48.8566&lon=2.3522");
        assertThat(paris.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(paris.body()).get("error").asString()).contains("no U.S. ZIP code near");
        assertThat(get(port, "/api/partners?lat=north&lon=-122").statusCode()).isEqualTo(400);
    }

    @Test
    void errorsComeInSpanishOnRequest() {
        assertThat(JSON.readTree(get(port, "/api/partners?zip=abc&lang=es").body()).get("error").asString())
                .isEqualTo("el código postal debe tener 5 dígitos, como 94110");
        assertThat(JSON.readTree(get(port, "/api/partners?zip=00000&lang=es").body()).get("error").asString())
                .isEqualTo("código postal desconocido: 00000");
    }

    @Test
    void invalidSignUpsSayWhichFieldsToFix() {
        HttpResponse<String> response = postJson(port, "/api/registrations",
                "{\"name\": \"X\", \"tradition\": \"nope\", \"zip\": \"123\", \"contactName\": \"\", \"contactEmail\": \"bad\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problems = JSON.readTree(response.body()).get("problems");
        assertThat(fields(problems)).containsExactlyInAnyOrder("name", "tradition", "zip", "contactName", "contactEmail");
        assertThat(TestDatabase.jdbc().sql("select count(*) from congregation").query(Long.class).single()).isZero();
    }

    @Test
    void theHoneypotDropsRobotsQuietly() {
        HttpResponse<String> response = postJson(port, "/api/registrations", """
                {"name": "Spam Church", "tradition": "OTHER", "zip": "94110", "contactName": "Bot",
                 "contactEmail": "bot@example.org", "company": "ACME"}
                """);
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(TestDatabase.jdbc().sql("select count(*) from congregation").query(Long.class).single()).isZero();
    }

    @Test
    void oneAddressMayOnlySignUpSoOftenPerHour() {
        signUp("One", "94110", false);
        signUp("Two", "94110", false);
        signUp("Three", "94110", false);
        HttpResponse<String> fourth = postJson(port, "/api/registrations", """
                {"name": "Four", "tradition": "OTHER", "zip": "94110", "contactName": "Ann", "contactEmail": "a@example.org"}
                """);
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.body()).contains("Too many");
        assertThat(TestDatabase.jdbc().sql("select count(*) from congregation").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theHomePageOffersSearchAndSignUp() {
        String page = get(port, "/").body();
        assertThat(page).contains("Find partners near you", "Put your congregation on the map", "name=\"company\"")
                .containsPattern("/home-[0-9a-f]{32}\\.js").containsPattern("/map-[0-9a-f]{32}\\.js");
    }

    private static String listing(long id) {
        return TestDatabase.jdbc().sql("select concat_ws(' ', name, status, contact_name, contact_email, contact_phone,"
                + " website, show_email, show_phone, source_channel, submitted_by) from congregation where id = ?")
                .param(id).query(String.class).single();
    }

    private HttpResponse<String> signUpWith(String json) {
        return postJson(port, "/api/registrations", json);
    }

    private JsonNode onlyPartner(String zip) {
        JsonNode partners = JSON.readTree(get(port, "/api/partners?zip=" + zip).body()).get("partners");
        assertThat(partners).hasSize(1);
        return partners.get(0);
    }

    @Test
    void eachContactFieldIsShownOnlyWithItsOwnYes() {   // at most 3 sign-ups a test here
        approve(JSON.readTree(signUpWith("""
                {"name": "Email Only", "tradition": "QUAKER", "zip": "94110", "contactName": "Ruth Fell",
                 "contactEmail": "ruth@example.org", "contactPhone": "+14155550199", "showEmail": true}
                """).body()).get("id").asLong());
        JsonNode email = onlyPartner("94110");
        assertThat(fields(email)).contains("contactName", "contactEmail").doesNotContain("contactPhone");

        approve(JSON.readTree(signUpWith("""
                {"name": "Phone Only", "tradition": "QUAKER", "zip": "10001", "contactName": "Sam Reed",
                 "contactEmail": "sam@example.org", "contactPhone": "+14155550198", "showPhone": true}
                """).body()).get("id").asLong());
        JsonNode phone = onlyPartner("10001");
        assertThat(fields(phone)).contains("contactName", "contactPhone").doesNotContain("contactEmail");
        assertThat(phone.get("contactPhone").asString()).isEqualTo("+14155550198");
    }

    @Test
    void theOldSingleBoxShowsTheEmailOnlyAndNoBoxShowsNothing() {
        approve(JSON.readTree(signUpWith("""
                {"name": "Legacy Box", "tradition": "QUAKER", "zip": "60614", "contactName": "Old Client",
                 "contactEmail": "old@example.org", "contactPhone": "+14155550197", "showContact": true}
                """).body()).get("id").asLong());
        JsonNode legacy = onlyPartner("60614");
        assertThat(fields(legacy)).as("the old single box is a yes for the email only")
                .contains("contactName", "contactEmail").doesNotContain("contactPhone");

        approve(JSON.readTree(signUpWith("""
                {"name": "No Box", "tradition": "QUAKER", "zip": "02134", "contactName": "Quiet Person",
                 "contactEmail": "quiet@example.org", "contactPhone": "+14155550196", "website": "https://quiet.example.org"}
                """).body()).get("id").asLong());
        assertThat(fields(onlyPartner("02134"))).as("no yes: not even the name or website")
                .containsExactlyInAnyOrder("id", "name", "tradition", "city", "state", "zip", "distanceMiles", "connect");
    }

    @Test
    void aTakeoverByTheWebLeavesTheListingListedAndUnchangedAndBecomesAClaim() {
        long id = signUp("Oakland Friends", "94612", true);
        approve(id);
        String before = listing(id);
        HttpResponse<String> takeover = signUpWith("""
                {"name": "OAKLAND  friends!", "tradition": "OTHER", "zip": "94612-0001", "contactName": "Mallory",
                 "contactEmail": "mallory@example.org", "contactPhone": "+14155550666", "showEmail": true, "showPhone": true}
                """);
        assertThat(takeover.statusCode()).as(takeover.body()).isEqualTo(202);
        JsonNode body = JSON.readTree(takeover.body());
        assertThat(body.has("id")).isFalse();
        assertThat(body.get("status").asString()).isEqualTo("pending");
        assertThat(body.get("message").asString()).contains("already on the map", "did not change it");
        assertThat(listing(id)).isEqualTo(before).startsWith("Oakland Friends listed Ruth Fell");
        JsonNode partner = onlyPartner("94612");
        assertThat(partner.get("contactName").asString()).isEqualTo("Ruth Fell");
        assertThat(get(port, "/api/congregations.geojson").body()).contains("Ruth Fell").doesNotContain("Mallory");
        assertThat(TestDatabase.jdbc().sql("select congregation_id || ' ' || status || ' ' || contact_name"
                + " from congregation_claim").query(String.class).single()).isEqualTo(id + " pending Mallory");
        assertThat(TestDatabase.jdbc().sql("select count(*) from congregation").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void invisibleAndLetterlessNamesAreRefusedInTheVisitorsLanguage() {
        for (String name : new String[] {"\\u200b\\ufeff\\u00ad\\u200b", "!!"}) {   // the limit here is 3 a test
            HttpResponse<String> en = signUpWith("""
                    {"name": "%s", "tradition": "QUAKER", "zip": "94110", "contactName": "Ruth Fell",
                     "contactEmail": "ruth@example.org"}
                    """.formatted(name));
            assertThat(en.statusCode()).as(name).isEqualTo(400);
            assertThat(JSON.readTree(en.body()).get("problems").get("name").asString())
                    .isEqualTo("The name must be 2 to 120 characters, with at least 2 letters or digits.");
        }
        HttpResponse<String> es = postJson(port, "/api/registrations?lang=es", """
                {"name": "\\u200b\\u200b", "tradition": "QUAKER", "zip": "94110", "contactName": "Ruth Fell",
                 "contactEmail": "ruth@example.org"}
                """);
        assertThat(JSON.readTree(es.body()).get("problems").get("name").asString())
                .isEqualTo("El nombre debe tener de 2 a 120 caracteres, con al menos 2 letras o dígitos.");
        assertThat(TestDatabase.jdbc().sql("select count(*) from congregation").query(Long.class).single()).isZero();
    }
}
