package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.get;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.BelovedApplication;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The page's own static files over real HTTP: linked under content-versioned names, served from
 * them with a year's cache, and revalidated (no-cache) under their plain names.
 */
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class HomePageCachingTest {

    private static final Pattern OWN_FILE = Pattern.compile("(?:href|src)=\"(/(?:style|home|map|simulator|favicon)[^\"]*)\"");

    @LocalServerPort
    int port;

    private List<String> ownFiles(String page) {
        List<String> files = new ArrayList<>();
        Matcher m = OWN_FILE.matcher(page);
        while (m.find()) {
            files.add(m.group(1));
        }
        return files;
    }

    @Test
    void theOwnFilesAreLinkedUnderVersionedNamesAndCachedForAYear() {
        List<String> files = ownFiles(get(port, "/").body());
        assertThat(files).hasSize(5);
        for (String file : files) {
            assertThat(file).matches("/(style|home|map|simulator|favicon)-[0-9a-f]{32}\\.(css|js|svg)");
            HttpResponse<String> response = get(port, file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(file)
                    .hasValue("public, max-age=31536000, immutable");
            String plain = file.replaceAll("-[0-9a-f]{32}", "");
            HttpResponse<String> unversioned = get(port, plain);
            assertThat(unversioned.body()).as(file).isEqualTo(response.body());
            assertThat(unversioned.headers().firstValue("Cache-Control")).as(plain).hasValue("no-cache");
        }
    }

    @Test
    void aWrongVersionIsNotFoundAndNotCached() {
        HttpResponse<String> wrong = get(port, "/style-0123456789abcdef0123456789abcdef.css");
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.headers().firstValue("Cache-Control").orElse("")).doesNotContain("max-age=31536000");
    }

    /**
     * The county layer's shapes and reader are this site's own files (nothing fetched elsewhere at
     * run time), named in the map's data attributes under versioned names, cached for a year, and
     * sent gzipped: the shapes of every county shrink to about a third (see docs/PERFORMANCE.md).
     */
    @Test
    void theCountyLayersFilesAreVersionedCachedForAYearAndGzipped() throws Exception {
        String page = get(port, "/").body();
        Matcher shapes = Pattern.compile("data-county-shapes=\"(/counties-10m-[0-9a-f]{32}\\.json)\"").matcher(page);
        Matcher reader = Pattern.compile("data-topojson=\"(/topojson-client\\.min-[0-9a-f]{32}\\.js)\"").matcher(page);
        assertThat(shapes.find()).as("versioned shapes in " + page).isTrue();
        assertThat(reader.find()).as("versioned reader").isTrue();
        assertThat(page).containsPattern("src=\"/counties-[0-9a-f]{32}\\.js\"");

        HttpResponse<byte[]> gzipped = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + shapes.group(1))).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(gzipped.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] json = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body())).readAllBytes();
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).startsWith("{\"type\":\"Topology\"")
                .contains("\"counties\":{\"type\":\"GeometryCollection\"", "\"id\":\"48453\"");
        assertThat(gzipped.body().length).as("gzipped bytes").isLessThan(json.length / 2);

        HttpResponse<String> script = get(port, reader.group(1));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(script.body()).startsWith("// https://github.com/topojson/topojson-client v3.1.0");
    }

    @Test
    void theToolkitPagesLinkTheVersionedStyleSheetToo() {
        assertThat(get(port, "/toolkit").body()).containsPattern("href=\"/style-[0-9a-f]{32}\\.css\"");
    }
}
