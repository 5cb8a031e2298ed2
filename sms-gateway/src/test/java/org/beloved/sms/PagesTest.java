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
        List<String> pages = Pages.ifOverBudget(List.of(text), 3, "MAS para seguir.").orElseThrow();
        assertFit(pages, 3, "MAS para seguir.");
        assertThat(pages.get(0).length()).isLessThanOrEqualTo(3 * 67).isGreaterThan(3 * 67 - 32 - 35);
        assertThat(pages.get(0)).endsWith("campaña.");
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

    @Test
    void pagesEndBetweenParagraphsAndListItemsWhenTheyFit() {
        StringBuilder text = new StringBuilder("Heading of the part\n");
        for (int i = 1; i <= 12; i++) {
            text.append("- Item number ").append(i).append(" says one short thing. And then another one.\n");
        }
        List<String> lines = text.toString().lines().toList();
        List<String> pages = Pages.ifOverBudget(List.of(text.toString()), 2, MORE).orElseThrow();
        assertThat(pages).hasSizeGreaterThan(2);
        assertFit(pages, 2, MORE);
        for (String page : pages) {
            assertThat(lines).as("whole lines of the text").containsAll(page.lines().toList());
        }
        assertThat(pages.get(0)).startsWith("Heading of the part\n- Item number 1 ");
    }

    @Test
    void aParagraphLongerThanAPageIsCutAtSentenceEndsNotAtAbbreviations() {
        String paragraph = "In Galarza v. Szalczyk the court said detainers are requests. ".repeat(8)
                + "Read more at https://bot.example.org/toolkit/3?lang=es today. " + "The county may say no. ".repeat(6);
        List<String> pages = Pages.ifOverBudget(List.of(paragraph.strip()), 2, MORE).orElseThrow();
        assertFit(pages, 2, MORE);
        for (String page : pages) {
            assertThat(page).endsWith(".").doesNotEndWith(" v.");
        }
        assertThat(pages).anySatisfy(p -> assertThat(p).contains("Read more at https://bot.example.org/toolkit/3?lang=es today."));
        assertThat(String.join(" ", pages)).isEqualTo(paragraph.strip());
    }

    @Test
    void aSentenceKeepsItsClosingQuotesAndBracketsWhenItsParagraphIsCut() {
        String paragraph = "Ask the sheriff one question. ".repeat(6) + "Then ask: \"Will you stop holding people for ICE?\" "
                + "Write down the answer (and the date.) " + "Thank the sheriff for the meeting. ".repeat(6);
        List<String> pages = Pages.ifOverBudget(List.of(paragraph.strip()), 2, MORE).orElseThrow();
        assertFit(pages, 2, MORE);
        assertThat(String.join(" ", pages)).isEqualTo(paragraph.strip());
        assertThat(pages).anySatisfy(p -> assertThat(p).contains("\"Will you stop holding people for ICE?\""));
    }

    @Test
    void aListItemLongerThanAPageIsNotCutAfterItsNumber() {
        String items = "1. " + "Jail model. Officers in the jail ask people about their status. ".repeat(3).strip()
                + "\n2. " + "Warrant model. Officers serve ICE warrants on people already in the jail. ".repeat(3).strip();
        List<String> pages = Pages.ifOverBudget(List.of(items), 2, MORE).orElseThrow();
        assertFit(pages, 2, MORE);
        for (String page : pages) {
            assertThat(page.lines().toList().get(page.lines().toList().size() - 1)).doesNotMatch("\\d{1,3}[.)]?");
        }
        assertThat(String.join(" ", pages).replace("\n", " ")).isEqualTo(items.replace("\n", " "));
    }

    @Test
    void aPageNeverEndsOnABareListNumberOrAHeadingAndKeepsAnIndentedLineWithItsItem() {
        String partners = "Aliados cerca de 60614 (Chicago, IL), a menos de 25 mi:\n"
                + "1. Iglesia de Santa María - 123 Calle Principal - Chicago, IL - 1.2 mi\n   Contacto: maria@example.org\n".repeat(6);
        List<String> pages = Pages.ifOverBudget(List.of(partners, "4\nFormar un equipo interreligioso.\nSeguridad\nNunca compartan datos."),
                3, "MAS para seguir.").orElseThrow();
        assertFit(pages, 3, "MAS para seguir.");
        for (String page : pages) {
            assertThat(page).doesNotEndWith("\n4").doesNotEndWith("Seguridad").doesNotStartWith("Contacto")
                    .doesNotEndWith("a menos de 25 mi:").doesNotEndWith("1.2 mi");
        }
    }

    @Test
    void theLastPageTakesWhatFitsWithoutAMoreLine() {
        String text = "First paragraph is here and it is long enough to matter a bit. ".repeat(2).strip()
                + "\n" + "Second paragraph. ".repeat(8).strip();
        List<String> pages = Pages.ifOverBudget(List.of(text), 1, MORE).orElseThrow();
        assertFit(pages, 1, MORE);
        assertThat(pages).containsExactly(text.substring(0, text.indexOf('\n')), "Second paragraph. ".repeat(8).strip());
    }
}
