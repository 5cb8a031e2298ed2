package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.beloved.toolkit.Section;
import org.beloved.toolkit.Toolkit;
import org.beloved.toolkit.ToolkitSettings;
import org.junit.jupiter.api.Test;

/**
 * What reading the toolkit by SMS costs: per section and language, the segments and pages of the
 * full text as the pager sends it (MORE lines included), and how many line breaks fall inside a
 * sentence (none now; every page within the budget). Prints the table docs/PERFORMANCE.md quotes.
 */
class ToolkitSegmentsReport {

    private static final int BUDGET = 3;
    private static final Pattern BREAK_IN_SENTENCE = Pattern.compile("[\\p{Ll},;]\\n+ *[\\p{Ll}]");

    @Test
    void segmentsPerFullSection() {
        Toolkit toolkit = new Toolkit(new ToolkitSettings(null, URI.create("https://bot.example.org")));
        Texts texts = new Texts(List.of(() -> "i18n/sms"));
        StringBuilder table = new StringBuilder("| section | EN segments | EN pages | ES segments | ES pages |"
                + " breaks in a sentence EN/ES |\n|---|---|---|---|---|---|\n");
        int[] totals = new int[4];
        int breaks = 0;
        for (Section en : toolkit.sections(Language.EN)) {
            Section es = toolkit.section(Language.ES, en.number()).orElseThrow();
            Cost e = cost(toolkit, en, texts.get(Language.EN, "sms.more"));
            Cost s = cost(toolkit, es, texts.get(Language.ES, "sms.more"));
            table.append("| %d | %d | %d | %d | %d | %d/%d |\n".formatted(en.number(), e.segments, e.pages,
                    s.segments, s.pages, e.breaks, s.breaks));
            totals[0] += e.segments;
            totals[1] += e.pages;
            totals[2] += s.segments;
            totals[3] += s.pages;
            breaks += e.breaks + s.breaks;
        }
        table.append("| all | %d | %d | %d | %d | |\n".formatted(totals[0], totals[1], totals[2], totals[3]));
        System.out.println(table);
        assertThat(totals[0]).isPositive();
        assertThat(breaks).as("line breaks inside a sentence").isZero();
    }

    record Cost(int segments, int pages, int breaks) {
    }

    static Cost cost(Toolkit toolkit, Section section, String more) {
        String full = GsmText.twins(section.number() + ". " + section.title() + "\n\n" + toolkit.plainText(section));
        List<String> pages = Pages.ifOverBudget(List.of(full), BUDGET, more).orElse(List.of(full));
        int segments = 0;
        int breaks = 0;
        for (int i = 0; i < pages.size(); i++) {
            String sent = i < pages.size() - 1 ? pages.get(i) + "\n" + more : pages.get(i);
            assertThat(Segments.count(sent)).as("%s %d page %d", section.language(), section.number(), i + 1)
                    .isLessThanOrEqualTo(BUDGET);
            segments += Segments.count(sent);
            Matcher m = BREAK_IN_SENTENCE.matcher(pages.get(i));
            while (m.find()) {
                breaks++;
            }
        }
        return new Cost(segments, pages.size(), breaks);
    }
}
