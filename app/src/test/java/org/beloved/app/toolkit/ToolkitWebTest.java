package org.beloved.app.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.beloved.BelovedApplication;
import org.beloved.app.HttpFixtures;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** The toolkit's web pages and PDF over real HTTP. */
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ToolkitWebTest {

    @LocalServerPort
    int port;

    @Test
    void theIndexListsEverySectionAndOffersThePdf() {
        HttpResponse<String> page = HttpFixtures.get(port, "/toolkit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\"", "<title>Organizing toolkit - Beloved</title>",
                "<h1>Organizing toolkit</h1>", "href=\"/toolkit/3?lang=en\"", "Detainers are requests, not orders",
                "href=\"/toolkit.pdf?lang=en\"");
    }

    @Test
    void aSectionRendersItsMarkdownAsHeadingsAndLists() {
        HttpResponse<String> page = HttpFixtures.get(port, "/toolkit/7");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>7. What a good policy says</h1>", "<h2>The core points</h2>",
                "<ol>", "<strong>No holds without a judicial warrant.</strong>", "rel=\"prev\"", "rel=\"next\"");
    }

    @Test
    void spanishWithLangEs() {
        HttpResponse<String> page = HttpFixtures.get(port, "/toolkit/3?lang=es");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"es\"", "<h1>3. Las retenciones son solicitudes, no órdenes</h1>",
                "Una solicitud, no una orden", "Read in English");
    }

    @Test
    void theHomePageHasTheDownloadButton() {
        assertThat(HttpFixtures.get(port, "/").body()).contains("href=\"/toolkit.pdf?lang=en\"", "Download the toolkit",
                "href=\"/toolkit?lang=en\"", "href=\"/toolkit/1?lang=en\"");
    }

    @Test
    void anUnknownSectionIs404() {
        assertThat(HttpFixtures.get(port, "/toolkit/42").statusCode()).isEqualTo(404);
        assertThat(HttpFixtures.get(port, "/toolkit/abc").statusCode()).isEqualTo(404);
    }

    private byte[] pdf(String lang) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/toolkit.pdf?lang=" + lang)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        return response.body();
    }

    @Test
    void thePdfOpensWithATitlePageContentsAndEverySection() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf("en"))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).as("no SMS number configured: none on the cover").contains("Read it online: ")
                    .doesNotContain("text HELP to");
            assertThat(text).contains("Beloved", "Organizing toolkit", "Contents", "What Secure Communities is",
                    "Detainers are requests, not orders", "Webinars and next steps", "Miranda-Olivares");
        }
        try (PDDocument doc = Loader.loadPDF(pdf("es"))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Guía de organización",
                    "Qué es Secure Communities", "Fundamentos de fe");
        }
    }
}
