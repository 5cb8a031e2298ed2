package org.beloved.app.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.get;
import static org.beloved.app.HttpFixtures.simulate;

import java.net.http.HttpResponse;
import org.beloved.BelovedApplication;
import org.beloved.app.AdminHttp;
import org.beloved.directory.Directory;
import org.beloved.directory.NewCongregation;
import org.beloved.directory.Tradition;
import org.beloved.organizers.AuditEvent;
import org.beloved.organizers.AuditLog;
import org.beloved.shared.Channel;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code PATCH /api/admin/listings/{id}} over real HTTP on the real database: only the fields named
 * change, the map's GeoJSON, the partner search and the texted ZIP answer show the edit at once
 * (name, and the email only with its consent), a refused edit names its fields and changes nothing,
 * and every edit is audited.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "beloved.admin.token=organizer-secret")
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ListingAdminApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKEN = "organizer-secret";

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    AuditLog audit;

    private HttpResponse<String> patch(long id, String token, String body) throws Exception {
        return AdminHttp.send(port, "PATCH", "/api/admin/listings/" + id, token, body);
    }

    private long listed(String name) {
        long id = directory.register(new NewCongregation(name, Tradition.QUAKER, "94110", "1 Private Lane", "Ruth Fell",
                "ruth@example.org", null, null, false, false, Channel.WEB, null)).id();
        directory.approve(id);
        return id;
    }

    private JsonNode geoJsonProperties() {
        JsonNode features = JSON.readTree(get(port, "/api/congregations.geojson").body()).get("features");
        assertThat(features).hasSize(1);
        return features.get(0).get("properties");
    }

    private JsonNode partner() {
        JsonNode partners = JSON.readTree(get(port, "/api/partners?zip=94110").body()).get("partners");
        assertThat(partners).hasSize(1);
        return partners.get(0);
    }

    @Test
    void anEditShowsOnTheMapAndInZipAnswersAtOnceWithTheEmailOnlyWhenConsented() throws Exception {
        long id = listed("Mission Friends");
        assertThat(geoJsonProperties().get("name").asString()).isEqualTo("Mission Friends");
        assertThat(geoJsonProperties().has("contactEmail")).isFalse();
        assertThat(simulate(port, "listing-edit-test", "94110").body()).contains("Mission Friends");

        HttpResponse<String> edited = patch(id, TOKEN, """
                {"name": "Mission Friends Meeting", "showEmail": true, "website": "https://friends.example.org"}
                """);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode listing = JSON.readTree(edited.body());
        assertThat(listing.get("name").asString()).isEqualTo("Mission Friends Meeting");
        assertThat(listing.get("showEmail").asBoolean()).isTrue();
        assertThat(listing.get("showPhone").asBoolean()).isFalse();
        assertThat(listing.get("streetAddress").asString()).isEqualTo("1 Private Lane");
        assertThat(listing.get("status").asString()).isEqualTo("listed");

        JsonNode map = geoJsonProperties();
        assertThat(map.get("name").asString()).isEqualTo("Mission Friends Meeting");
        assertThat(map.get("contactEmail").asString()).isEqualTo("ruth@example.org");
        assertThat(partner().get("contactEmail").asString()).isEqualTo("ruth@example.org");
        assertThat(simulate(port, "listing-edit-test", "94110").body()).contains("Mission Friends Meeting");

        assertThat(patch(id, TOKEN, "{\"showEmail\": false, \"streetAddress\": null}").statusCode()).isEqualTo(200);
        assertThat(geoJsonProperties().has("contactEmail")).isFalse();
        assertThat(partner().has("contactEmail")).isFalse();
        assertThat(directory.find(id).orElseThrow().streetAddress()).isNull();
        assertThat(directory.find(id).orElseThrow().website()).isEqualTo("https://friends.example.org");

        assertThat(audit.newest(null, "listing.edit", 10)).hasSize(2)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("admin-token"))
                .allSatisfy(e -> assertThat(e.recordId()).isEqualTo(Long.toString(id)))
                .extracting(AuditEvent::detail).as("the fields each edit changed, newest first, never their values")
                .containsExactly("streetAddress, showEmail", "name, website, showEmail");
    }

    @Test
    void aRefusedEditNamesItsFieldsAndChangesNothing() throws Exception {
        long id = listed("Mission Friends");
        HttpResponse<String> refused = patch(id, TOKEN, """
                {"zip": "00000", "contactName": "", "contactPhone": "12", "tradition": "druid"}
                """);
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problems = JSON.readTree(refused.body()).get("problems");
        assertThat(problems.propertyNames()).containsExactlyInAnyOrder("zip", "contactName", "contactPhone",
                "tradition");
        assertThat(problems.get("zip").asString()).isEqualTo("That ZIP code does not exist.");

        long other = directory.register(new NewCongregation("Grace Church", Tradition.CATHOLIC, "94110", null,
                "Rosa Diaz", "rosa@example.org", null, null, false, false, Channel.WEB, null)).id();
        HttpResponse<String> duplicate = patch(other, TOKEN, "{\"name\": \"mission friends\"}");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(duplicate.body()).get("problems").get("name").asString())
                .isEqualTo("Another listing already has this name at this ZIP code.");

        assertThat(patch(id, TOKEN, "{\"nmae\": \"Typo\"}").statusCode()).isEqualTo(400);
        assertThat(patch(id, TOKEN, "{}").statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(patch(id, TOKEN, "{\"showPhone\": null}").body()).get("problems").has("showPhone"))
                .isTrue();
        assertThat(directory.find(id).orElseThrow().zip()).isEqualTo("94110");
        assertThat(directory.find(id).orElseThrow().contactName()).isEqualTo("Ruth Fell");
        assertThat(audit.newest(null, "listing.edit", 10)).isEmpty();
        assertThat(audit.newest(null, "admin-api.refused", 10)).hasSize(5);
    }

    @Test
    void anUnknownListingIs404AndNoTokenIs401() throws Exception {
        long id = listed("Mission Friends");
        assertThat(patch(id + 1000, TOKEN, "{\"name\": \"Elsewhere\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> anonymous = patch(id, null, "{\"name\": \"Taken Over\"}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(patch(id, "wrong", "{\"name\": \"Taken Over\"}").statusCode()).isEqualTo(401);
        assertThat(directory.find(id).orElseThrow().name()).isEqualTo("Mission Friends");
    }
}
