package org.beloved.app.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The PDF and the pages of a toolkit folder of one's own ({@code beloved.toolkit.dir}) with short
 * sections, the state-laws section and a template, with the SMS number configured: the cover
 * carries the address and the number with the commands of its language, short sections share
 * pages, a template is a fill-in page, and section 13 links to the state table.
 */
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ToolkitPdfLayoutTest {

    private static final Path DIR = toolkitFolder();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("beloved.toolkit.dir", DIR::toString);
        registry.add("beloved.toolkit.public-url", () -> "https://bot.example.org");
        registry.add("beloved.web.sms-number", () -> "+14155550123");
    }

    @Test
    void theCoverCarriesTheAddressAndTheNumberWithTheCommandsOfItsLanguage() throws Exception {
        List<String> en = pages("en");
        assertThat(en.get(0)).contains("Read it online: https://bot.example.org/toolkit", "(415) 555-0123",
                "text HELP", "TOOLKIT", "STATE");
        List<String> es = pages("es");
        assertThat(es.get(0)).contains("Léela en línea: https://bot.example.org/toolkit?lang=es",
                "escribe AYUDA al (415) 555-0123", "GUIA", "ESTADO").doesNotContain("HELP", "TOOLKIT", "STATE");
    }

    @Test
    void shortSectionsSharePagesAndATemplateIsAFillInPageOfItsOwn() throws Exception {
        for (String lang : List.of("en", "es")) {
            List<String> pages = pages(lang);
            // cover, contents, the seven short sections on two pages (a page per section would be seven), the template
            assertThat(pages).as(lang).hasSize(5);
            assertThat(pages.get(2)).as(lang).contains("\n1. ", "\n2. ", "\n3. ", "\n4. ", "\n5. ");
            assertThat(pages.get(3)).as(lang).contains("\n6. ", "\n13. ");
            String template = pages.get(4);
            assertThat(template).contains("18. ").doesNotContain("13. ");
            String field = lang.equals("en") ? "[COUNTY NAME] ____" : "[NOMBRE DEL CONDADO] ____";
            assertThat(template).as(lang).contains(field, lang.equals("en") ? "[YOUR NAME] ____" : "[TU NOMBRE] ____");
        }
    }

    @Test
    void theStateLawsSectionAndTheTableLinkToEachOther() {
        assertThat(HttpFixtures.get(port, "/toolkit/13").body()).contains("href=\"/toolkit/states?lang=en\"");
        assertThat(HttpFixtures.get(port, "/toolkit/states?lang=es").body()).contains("href=\"/toolkit/13?lang=es\"",
                "Qué pedir: sección 13");
        assertThat(HttpFixtures.get(port, "/toolkit/states/TX").body()).contains("What to ask for: section 13");
    }

    @Test
    void stateNamesTheStateLawsSectionByItsNumberInEachLanguage() {
        assertThat(HttpFixtures.simulate(port, "state-layout-en", "STATE TX").body())
                .contains("Texas law requires jails to work with ICE", "What to ask for: text TOOLKIT 13.");
        HttpFixtures.simulate(port, "state-layout-es", "ESPANOL");
        assertThat(HttpFixtures.simulate(port, "state-layout-es", "ESTADO California").body())
                .contains("La ley de California limita", "escribe GUIA 13.");
    }

    private List<String> pages(String lang) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/toolkit.pdf?lang=" + lang)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(response.body())) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    private static Path toolkitFolder() {
        try {
            Path dir = Files.createTempDirectory("toolkit-layout");
            for (String lang : List.of("en", "es")) {
                Files.createDirectories(dir.resolve(lang));
                boolean es = lang.equals("es");
                for (int n : List.of(1, 2, 3, 4, 5, 6)) {
                    write(dir, lang, n, "short-" + n, (es ? "Sección corta " : "Short section ") + n,
                            es ? "Un párrafo breve para probar que las secciones cortas comparten página."
                                    : "One brief paragraph to check that short sections share a page.");
                }
                write(dir, lang, 13, "state-laws", es ? "Leyes estatales" : "State laws",
                        es ? "Escribe ESTADO para saber qué dice la ley de tu estado." : "Text STATE to learn what your state's law says.");
                write(dir, lang, 18, "template-letter", es ? "Plantilla: carta al alguacil" : "Template: letter to the sheriff",
                        es ? "[FECHA]\n\nEstimado alguacil de [NOMBRE DEL CONDADO]:\n\nTe escribimos como vecinos.\n\n[TU NOMBRE]"
                                : "[DATE]\n\nDear Sheriff of [COUNTY NAME]:\n\nWe write to you as neighbors.\n\n[YOUR NAME]");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path dir, String lang, int number, String id, String title, String body) throws IOException {
        Files.writeString(dir.resolve(lang).resolve("%02d-%s.md".formatted(number, id)), """
                ---
                id: %s
                number: %d
                title: %s
                summary: %s
                sms: %s
                keywords: word%d%s
                ---

                %s
                """.formatted(id, number, title, title, title, number, lang, body));
    }
}
