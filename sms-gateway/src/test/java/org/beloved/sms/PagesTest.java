package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagesTest {

    private static final String MORE = "Reply MORE for the rest.";

    @Test
    void messagesWithinTheBudgetAreLeftAlone() {
        assertThat(Pages.ifOverBudget(List.of("a".repeat(150), "b".repeat(150)), 2, MORE)).isEmpty();
    }

    @Test
    void aLongReplyBecomesPagesThatEachFitWithTheMoreLine() {
        String words = "word ".repeat(400).strip();
        List<String> pages = Pages.ifOverBudget(List.of(words), 3, MORE).orElseThrow();
        assertThat(pages).hasSizeGreaterThan(1);
        assertFit(pages, 3, MORE);
        for (String page : pages) {
            assertThat(page).doesNotStartWith(" ").doesNotEndWith(" ");
        }
        assertThat(String.join(" ", pages)).isEqualTo(words);
    }

    @Test
    void spanishWithAccentsIsCountedAsUcs2() {
        String text = "Información útil sobre la campaña. ".repeat(20).strip();
        List<String> pages = Pages.ifOverBudget(List.of(text), 3, "Responde MAS para ver el resto.").orElseThrow();
        assertFit(pages, 3, "Responde MAS para ver el resto.");
        assertThat(pages.get(0).length()).isLessThanOrEqualTo(3 * 67).isGreaterThan(3 * 67 - 50);
    }

    /** Every page but the last carries the MORE line; each fits the budget as it will be sent. */
    private static void assertFit(List<String> pages, int budget, String more) {
        for (int i = 0; i < pages.size(); i++) {
            String sent = i < pages.size() - 1 ? pages.get(i) + "\n" + more : pages.get(i);
            assertThat(Segments.count(sent)).as("page %d", i).isLessThanOrEqualTo(budget);
        }
    }

    @Test
    void aWordLongerThanAPageIsCut() {
        String url = "https://example.org/" + "x".repeat(600);
        List<String> pages = Pages.ifOverBudget(List.of(url), 2, MORE).orElseThrow();
        assertThat(String.join("", pages)).isEqualTo(url);
    }
}
