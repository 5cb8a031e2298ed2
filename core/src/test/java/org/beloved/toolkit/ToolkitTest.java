package org.beloved.toolkit;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.beloved.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolkitTest {

    private static final URI BASE = URI.create("https://bot.example.org");
    private final Toolkit shipped = new Toolkit(new ToolkitSettings(null, BASE));

    @Test
    void everySectionExistsInBothLanguagesWithEveryField() {
        assertThat(shipped.problems()).isEmpty();
        for (Language language : Language.values()) {
            List<Section> sections = shipped.sections(language);
            assertThat(sections).extracting(Section::number).containsExactlyElementsOf(IntStream.rangeClosed(1, 22).boxed().toList());
            for (Section s : sections) {
                assertThat(List.of(s.id(), s.title(), s.summary(), s.sms(), s.markdown())).allMatch(v -> !v.isBlank());
                assertThat(s.keywords()).isNotEmpty();
            }
        }
        assertThat(shipped.sections(Language.EN)).extracting(Section::id)
                .isEqualTo(shipped.sections(Language.ES).stream().map(Section::id).toList());
    }

    @Test
    void theContentCoversWhatTheCampaignNeeds() {
        String en = String.join("\n", shipped.sections(Language.EN).stream().map(Section::markdown).toList());
        assertThat(en).contains("I-247A", "48 hours", "Fourth Amendment", "Miranda-Olivares v. Clackamas County",
                "Galarza v. Szalczyk", "not legal advice", "Leviticus 19:33-34", "Matthew 25:35", "Qur'an 4:36",
                "judicial warrant", "public records request", "text your ZIP code");
        String es = String.join("\n", shipped.sections(Language.ES).stream().map(Section::markdown).toList());
        assertThat(es).contains("I-247A", "48 horas", "Cuarta Enmienda", "no es asesoría legal", "Levítico 19:33-34",
                "Mateo 25:35", "Corán 4:36", "orden judicial");
    }

    @Test
    void sectionsRenderAsHtmlWithRawHtmlEscaped() {
        Section three = shipped.section(Language.EN, 3).orElseThrow();
        assertThat(shipped.html(three)).contains("<h2>A request, not an order</h2>", "<em>Galarza v. Szalczyk</em>");
        Section evil = new Section("x", 1, Language.EN, "t", "s", "m", List.of("k"),
                "Hi <script>alert(1)</script> [link](javascript:alert(1))", "x.md");
        assertThat(shipped.html(evil)).doesNotContain("<script>").doesNotContain("javascript:");
    }

    @Test
    void plainTextAndLinksForSms() {
        Section one = shipped.section(Language.ES, 1).orElseThrow();
        assertThat(shipped.plainText(one)).contains("De la cárcel a ICE").doesNotContain("**").doesNotContain("##");
        assertThat(shipped.link(one)).isEqualTo("https://bot.example.org/toolkit/1?lang=es");
        assertThat(shipped.link(shipped.section(Language.EN, 1).orElseThrow())).isEqualTo("https://bot.example.org/toolkit/1");
    }

    @Test
    void hardWrapsAreJoinedIntoParagraphsAndListItemsForSmsAndChat() {
        // The shipped sections keep one line per paragraph; an organizer's own files may still be hard-wrapped.
        Section three = new Section("wrapped", 3, Language.ES, "t", "s", "m", List.of("k"), """
                ## Una solicitud, no una orden

                Una solicitud de retención de ICE (formulario I-247A) la **firma un agente de inmigración, no un
                juez**. Las reglas federales la llaman solicitud.

                - En *Galarza v. Szalczyk* (Tercer Circuito, 2014), la corte dijo que las retenciones son
                  solicitudes, no órdenes, y que un condado que decide retener a alguien puede compartir la culpa.
                - Otro punto.
                """, "x.md");
        assertThat(three.markdown()).contains("no un\njuez");
        String plain = shipped.plainText(three);
        assertThat(plain).contains("no un juez. Las reglas federales la llaman solicitud.")
                .doesNotContain("\n  ").doesNotContainPattern("[\\p{Ll},]\n\\p{Ll}");
        assertThat(plain.lines().filter(l -> l.contains("Galarza"))).singleElement(as(STRING))
                .contains("puede compartir la culpa.");
        String chat = shipped.chatMarkdown(three);
        assertThat(chat).contains("**firma un agente de inmigración, no un juez**", "*Galarza v. Szalczyk*", "## ")
                .doesNotContainPattern("[\\p{Ll},*]\n *\\p{Ll}");
    }

    @Test
    void anOrganizersFolderReplacesTheToolkitAndABadFileIsReportedAndSkipped(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("en"));
        Files.createDirectories(dir.resolve("es"));
        Files.writeString(dir.resolve("en/01-local.md"), """
                ---
                id: local
                number: 1
                title: Our county's story
                summary: What happened here.
                sms: What happened in our county.
                keywords: local
                ---
                Our own text.
                """);
        Files.writeString(dir.resolve("en/02-broken.md"), """
                ---
                id: broken
                number: 2
                this line has no colon
                ---
                Text.
                """);
        Files.writeString(dir.resolve("en/03-missing.md"), """
                ---
                id: missing
                number: 3
                title: No summary
                ---
                Text.
                """);
        Files.writeString(dir.resolve("es/01-local.md"), "no front matter at all");
        Toolkit custom = new Toolkit(new ToolkitSettings(dir, BASE));

        assertThat(custom.sections(Language.EN)).extracting(Section::title).containsExactly("Our county's story");
        assertThat(custom.sections(Language.ES)).isEmpty();
        assertThat(custom.problems()).extracting(ToolkitProblem::toString).anySatisfy(p ->
                assertThat(p).contains("02-broken.md:4:", "no colon"));
        assertThat(custom.problems()).extracting(ToolkitProblem::toString).anySatisfy(p ->
                assertThat(p).contains("03-missing.md:5:", "summary"));
        assertThat(custom.problems()).extracting(ToolkitProblem::toString).anySatisfy(p ->
                assertThat(p).contains("01-local.md:1:", "front matter"));
    }

    @Test
    void aTextMessageLinksTheSourcesAndKeepsTheReviewDate() {
        for (Language language : Language.values()) {
            Section detainers = shipped.section(language, 3).orElseThrow();
            String text = shipped.plainText(detainers);
            String label = language == Language.ES ? "Fuentes: " : "Sources: ";
            assertThat(detainers.markdown()).contains("https://");
            assertThat(text).contains(label + shipped.link(detainers))
                    .endsWith(language == Language.ES ? "Última revisión: 2026-11-30" : "Last reviewed: 2026-11-30")
                    .doesNotContain("## ").doesNotContain("Galarza v. Szalczyk, 745");
            assertThat(text.lines().filter(l -> l.contains("https://")).count()).as("addresses in %s", language).isOne();
        }
    }
}
