package org.beloved.app.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.get;
import static org.beloved.app.HttpFixtures.postJson;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.beloved.BelovedApplication;
import org.beloved.directory.Directory;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map's GeoJSON over real HTTP: kept per directory version with a strong ETag, a 304 without a
 * body while nothing changed, a new body and tag once a listing changes, coordinates to 5 decimals.
 */
@CleanDatabase
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class GeoJsonCachingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    private long signUp(String name, String zip) {
        HttpResponse<String> response = postJson(port, "/api/registrations", """
                {"name": "%s", "tradition": "QUAKER", "zip": "%s", "contactName": "Ruth Fell",
                 "contactEmail": "ruth@example.org", "showEmail": true}
                """.formatted(name, zip));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private HttpResponse<String> getIfNoneMatch(String etag) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/congregations.geojson"))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
    }

    @Test
    void aStrongEtagAnswersA304WithoutBodyUntilAListingIsApproved() throws Exception {
        directory.approve(signUp("Oakland Friends", "94612"));
        long pending = signUp("Mission Friends", "94110");

        HttpResponse<String> first = get(port, "/api/congregations.geojson");
        assertThat(first.statusCode()).isEqualTo(200);
        String tag = etag(first);
        assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\"");   // strong: no W/
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(first.body()).contains("Oakland Friends").doesNotContain("Mission Friends");
        assertThat(etag(get(port, "/api/congregations.geojson"))).isEqualTo(tag);

        HttpResponse<String> again = getIfNoneMatch(tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(etag(again)).isEqualTo(tag);
        assertThat(getIfNoneMatch("\"someone-else\"").statusCode()).isEqualTo(200);

        assertThat(directory.approve(pending)).isTrue();
        HttpResponse<String> changed = getIfNoneMatch(tag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(etag(changed)).isNotEqualTo(tag);
        assertThat(changed.body()).contains("Oakland Friends", "Mission Friends");
        assertThat(getIfNoneMatch(etag(changed)).statusCode()).isEqualTo(304);
    }

    @Test
    void aChangeMadeOutsideThisInstanceIsSeenToo() throws Exception {
        long id = signUp("Oakland Friends", "94612");
        directory.approve(id);
        String tag = etag(get(port, "/api/congregations.geojson"));
        // Another instance (or an organizer's SQL) hides it: only the database's version tells this instance.
        TestDatabase.jdbc().sql("update congregation set status = 'hidden' where id = ?").param(id).update();
        HttpResponse<String> after = getIfNoneMatch(tag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).doesNotContain("Oakland Friends");
    }

    @Test
    void aBrowserGetsItGzippedWithItsOwnStrongEtag() throws Exception {
        directory.approve(signUp("Oakland Friends", "94612"));
        HttpResponse<String> plain = get(port, "/api/congregations.geojson");
        HttpRequest.Builder gzip = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/congregations.geojson"))
                .header("Accept-Encoding", "gzip, deflate, br");
        HttpResponse<byte[]> zipped = CLIENT.send(gzip.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().allValues("Vary").toString()).contains("Accept-Encoding");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
        String tag = etag(zipped);
        assertThat(tag).matches("\"[A-Za-z0-9_-]{22}\"").isNotEqualTo(etag(plain));   // another representation
        HttpResponse<byte[]> again = CLIENT.send(gzip.header("If-None-Match", tag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> refused = CLIENT.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/congregations.geojson"))
                .header("Accept-Encoding", "gzip;q=0").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(plain.body());
    }

    @Test
    void coordinatesHaveAtMostFiveDecimals() {
        directory.approve(signUp("Oakland Friends", "94612"));
        directory.approve(signUp("Mission Friends", "94110"));
        directory.approve(signUp("Lincoln Park Friends", "60614"));
        String body = get(port, "/api/congregations.geojson").body();
        JsonNode features = JSON.readTree(body).get("features");
        assertThat(features).hasSize(3);
        for (JsonNode feature : features) {
            for (JsonNode coordinate : feature.get("geometry").get("coordinates")) {
                String written = coordinate.toString();
                assertThat(written).matches("-?\\d{1,3}(\\.\\d{1,5})?");
            }
        }
        double stored = TestDatabase.jdbc().sql("select longitude from congregation where zip = '60614'")
                .query(Double.class).single();
        JsonNode chicago = features.get(2).get("geometry").get("coordinates").get(0);
        assertThat(chicago.asDouble()).isCloseTo(stored, org.assertj.core.data.Offset.offset(0.000005));
    }
}
