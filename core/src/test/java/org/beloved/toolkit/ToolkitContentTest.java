package org.beloved.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * The shipped toolkit's content rules (issue 17): sources and a review date at the end of every
 * section, Spanish summaries with the English one's points, English summaries within two SMS
 * segments, Spanish in the tú register, templates with fill-in fields.
 */
class ToolkitContentTest {

    /** A source's date: YYYY-MM-DD, or the year alone when no exact date is known (the contract's rule). */
    private static final Pattern ISO_DATE = Pattern.compile("\\b(?:19|20)\\d{2}(?:-\\d{2}-\\d{2})?\\b[.,]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"')»]*(?=\\s|$)");
    private static final Pattern FIELD = Pattern.compile("\\[[\\p{Lu}\\d][\\p{Lu}\\d ,.'/()-]*\\]");
    private static final Pattern USTED = Pattern.compile("(?iu)(?<!\\p{L})(usted|ustedes)(?!\\p{L})");
    /** GSM 03.38's basic set; the extension characters below count twice. */
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€";

    private final Toolkit shipped = new Toolkit(new ToolkitSettings(null, URI.create("https://bot.example.org")));

    @Test
    void everySectionEndsWithItsDatedSourcesAndTheReviewDate() {
        for (Language language : Language.values()) {
            String heading = language == Language.ES ? "## Fuentes" : "## Sources";
            String reviewed = language == Language.ES ? "Última revisión: " : "Last reviewed: ";
            for (Section s : shipped.sections(language)) {
                String body = s.markdown().strip();
                List<String> lines = body.lines().toList();
                assertThat(lines.get(lines.size() - 1)).as("last line of %s", s.source())
                        .matches(Pattern.quote(reviewed) + "\\d{4}-\\d{2}-\\d{2}");
                int sources = body.lastIndexOf("\n" + heading + "\n");
                assertThat(sources).as("'%s' in %s", heading, s.source()).isPositive();
                List<String> bullets = body.substring(sources).lines().filter(l -> l.startsWith("- ")).toList();
                assertThat(bullets).as("source bullets of %s", s.source()).isNotEmpty()
                        .anyMatch(b -> ISO_DATE.matcher(b).find());
            }
        }
    }

    @Test
    void eachSpanishSummaryHasAsManySentencesAsTheEnglishOne() {
        for (Section en : shipped.sections(Language.EN)) {
            Section es = shipped.section(Language.ES, en.number()).orElseThrow();
            assertThat(sentences(es.sms())).as("sentences of the sms of section %d: %s / %s", en.number(), en.sms(), es.sms())
                    .isEqualTo(sentences(en.sms()));
        }
    }

    @Test
    void everyEnglishSummaryFitsTwoGsm7Segments() {
        for (Section s : shipped.sections(Language.EN)) {
            assertThat(s.sms().chars().filter(c -> GSM_BASIC.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0)
                    .mapToObj(c -> String.valueOf((char) c)).toList()).as("characters outside GSM-7 in %s", s.source())
                    .isEmpty();
            int septets = s.sms().chars().map(c -> GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
            assertThat(septets).as("GSM-7 characters of the sms of %s", s.source()).isLessThanOrEqualTo(306);
        }
    }

    @Test
    void theSpanishToolkitSaysTuNeverUsted() {
        for (Section s : shipped.sections(Language.ES)) {
            for (String text : List.of(s.title(), s.summary(), s.sms(), s.markdown())) {
                Matcher m = USTED.matcher(text);
                assertThat(m.find() ? text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)) : "")
                        .as("usted in %s", s.source()).isEmpty();
            }
        }
    }

    @Test
    void templatesHaveFillInFieldsAndNoLinks() {
        for (Language language : Language.values()) {
            List<Section> templates = shipped.sections(language).stream().filter(s -> s.id().startsWith("template-")).toList();
            assertThat(templates).as("template sections in %s", language).isNotEmpty();
            for (Section s : templates) {
                assertThat(FIELD.matcher(s.markdown()).find()).as("a [FIELD] in %s", s.source()).isTrue();
                assertThat(s.markdown()).as("a Markdown link in %s", s.source()).doesNotContainPattern("\\]\\(");
            }
        }
    }

    static int sentences(String text) {
        return (int) SENTENCE_END.matcher(text.strip()).results().count();
    }

    @Test
    void sentencesAreCountedByTheirEnds() {
        assertThat(sentences("Counties decide. Texas requires it! Why?")).isEqualTo(3);
        assertThat(sentences("Read section 13 (state laws). Text STATE.")).isEqualTo(2);
        assertThat(sentences("Lee la sección 13. ¿Tu estado? Escribe ESTADO.")).isEqualTo(3);
        assertThat(sentences("Version 1.5 is out")).isZero();
    }
}
