package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.InboundSmsTest.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.toolkit.Section;
import org.beloved.toolkit.Toolkit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every reply the bot can give by SMS, in both languages, through the real pager: every toolkit
 * section's summary and full text (over the real webhook, MORE after MORE), the commands, lists
 * and flows, and every sentence of every text bundle with sample values. No page is over the
 * segment budget, ends inside a sentence or on a bare list number, or cuts a link.
 */
class EveryReplyBySmsTest extends SmsWebTest {

    private static final int BUDGET = 3;
    private static final AtomicInteger SENDERS = new AtomicInteger(7000);
    private static final AtomicInteger SIDS = new AtomicInteger(70000);
    private static final Pattern PAGE_END = Pattern.compile("(?s).*[.!?:][\"')»]*");
    private static final Pattern NEXT_STARTS_A_LINE = Pattern.compile("(?s)[\\p{Lu}\\d¿¡\"'(*•-].*");

    @Autowired
    Toolkit toolkit;

    @Autowired
    Texts texts;

    @Test
    void everyToolkitSectionSummaryAndFullTextInBothLanguages() {
        for (Language language : Language.values()) {
            String more = texts.get(language, "sms.more");
            List<Section> sections = toolkit.sections(language);
            for (Section section : sections) {
                Reader reader = new Reader(language);
                List<String> summary = reader.say((language == Language.ES ? "GUIA " : "TOOLKIT ") + section.number());
                List<String> summaryPages = reader.allPages(summary, more);
                assertThat(String.join("\n", summaryPages)).as("%s %d", language, section.number())
                        .contains(toolkit.link(section));
                assertThat(PageRules.problems(String.join("\n", summaryPages.stream()
                        .map(p -> p.replace("\n" + more, "")).toList()), summaryPages, BUDGET, more))
                        .as("summary %s %d", language, section.number()).isEmpty();

                List<String> full = reader.allPages(reader.say(language == Language.ES ? "MAS" : "MORE"), more);
                String source = GsmText.twins(section.number() + ". " + section.title() + "\n\n" + toolkit.plainText(section)
                        + "\n\n" + whatNext(language, sections, section));
                assertThat(PageRules.problems(source, full, BUDGET, more)).as("full %s %d", language, section.number())
                        .isEmpty();
                assertThat(reader.say(language == Language.ES ? "MAS" : "MORE")).singleElement()
                        .asString().contains(texts.get(language, "more.nothing"));
            }
        }
    }

    private String whatNext(Language language, List<Section> sections, Section section) {
        return sections.stream().filter(s -> s.number() > section.number()).findFirst()
                .map(next -> texts.get(language, "toolkit.next", next.number(), next.title()))
                .orElseGet(() -> texts.get(language, "toolkit.last"));
    }

    @Test
    void commandsListsAndFlowsInBothLanguages() {
        List<List<String>> englishTalks = List.of(List.of("HELP"), List.of("TOOLKIT", "42"), List.of("WEBINARS"),
                List.of("REMIND"), List.of("MY LISTING"), List.of("PARTNERS", "94110"), List.of("00000"),
                List.of("JOIN", "Grace Church", "MENU"), List.of("what is this"), List.of("MORE"), List.of("INFO"),
                List.of("COUNTY", "60614"), List.of("COUNTY 79830"));
        List<List<String>> spanishTalks = List.of(List.of("AYUDA"), List.of("GUIA", "42"), List.of("SEMINARIOS"),
                List.of("RECORDAR"), List.of("MI REGISTRO"), List.of("SOCIOS", "94110"), List.of("00000"),
                List.of("UNIRSE", "Iglesia de la Paz", "INICIO"), List.of("qué es esto"), List.of("MAS"), List.of("ENGLISH"),
                List.of("CONDADO", "60614"), List.of("CONDADO 79830"));
        int replies = 0;
        for (Language language : Language.values()) {
            String more = texts.get(language, "sms.more");
            for (List<String> talk : language == Language.EN ? englishTalks : spanishTalks) {
                Reader reader = new Reader(language);
                for (String body : talk) {
                    List<String> pages = reader.allPages(reader.say(body), more);
                    assertThat(pages).as("reply to %s", body).isNotEmpty();
                    assertThat(problemsWithoutSource(pages, more)).as("%s reply to %s", language, body).isEmpty();
                    replies++;
                }
            }
        }
        assertThat(replies).isEqualTo(36);
    }

    /** HELP, read to its last page, names MORE and NEXT; AYUDA names MAS and SIGUIENTE. */
    @Test
    void helpNamesTheWordsForTheNextPageInBothLanguages() {
        Reader english = new Reader(Language.EN);
        assertThat(String.join("\n", english.allPages(english.say("HELP"), texts.get(Language.EN, "sms.more"))))
                .contains("MORE (or NEXT) - the rest of the last answer");
        Reader spanish = new Reader(Language.ES);
        assertThat(String.join("\n", spanish.allPages(spanish.say("AYUDA"), texts.get(Language.ES, "sms.more"))))
                .contains("MAS (o SIGUIENTE) - el resto de la última respuesta");
    }

    @Test
    void everySentenceOfEveryTextBundleWithSampleValues() throws IOException {
        int rendered = 0;
        for (Language language : Language.values()) {
            String more = texts.get(language, "sms.more");
            for (String key : keys(language)) {
                String text = GsmText.twins(render(language, key));
                List<String> sent = Pages.ifOverBudget(List.of(text), BUDGET, more)
                        .map(pages -> withMoreLines(pages, more)).orElse(List.of(text));
                assertThat(PageRules.problems(text, sent, BUDGET, more)).as("%s %s", language, key).isEmpty();
                rendered++;
            }
        }
        assertThat(rendered).isGreaterThan(200);
    }

    /**
     * Every CONNECT text (the volunteer's answers, the ask to the congregation, the shared contact),
     * in both languages, with long real-looking values: each goes through the pager within the
     * budget and unbroken, and neither language lacks one the other has.
     */
    @Test
    void everyConnectTextInBothLanguagesThroughThePager() throws IOException {
        String name = "Iglesia Metodista Unida de Logan Square";
        String contact = "Rev. Ana María Pérez-Gutiérrez, ana.maria.perez@iglesia-logan-square.example.org, +17735550101";
        List<List<String>> rendered = new ArrayList<>();
        for (Language language : Language.values()) {
            String more = texts.get(language, "sms.more");
            List<String> keys = keys(language).stream().filter(k -> k.startsWith("connect.")).toList();
            for (String key : keys) {
                Object[] args = switch (key) {
                    case "connect.ask" -> new Object[] {"60614", contact};
                    case "connect.shared" -> new Object[] {name, contact};
                    case "connect.which" -> new Object[] {5};
                    case "connect.unknown-listing" -> new Object[] {"#123456"};
                    default -> new Object[] {name};
                };
                String text = GsmText.twins(texts.get(language, key, args));
                assertThat(text).as("%s %s", language, key).doesNotContain("{");
                List<String> sent = Pages.ifOverBudget(List.of(text), BUDGET, more)
                        .map(pages -> withMoreLines(pages, more)).orElse(List.of(text));
                assertThat(PageRules.problems(text, sent, BUDGET, more)).as("%s %s", language, key).isEmpty();
            }
            rendered.add(keys);
        }
        assertThat(rendered.get(0)).as("English connect texts").hasSizeGreaterThanOrEqualTo(17)
                .contains("connect.ask", "connect.asked", "connect.shared", "connect.declined", "connect.unknown-listing")
                .containsExactlyInAnyOrderElementsOf(rendered.get(1));
    }

    @Test
    void aSpanishZipAnswerFitsSeveralPartnersPerPage() {
        Language es = Language.ES;
        List<String> lines = new ArrayList<>(List.of(texts.get(es, "partners.header", "60614", "Chicago", "IL", 25)));
        String[] names = {"Parroquia San José", "Iglesia Luterana de la Trinidad", "Congregación Beth Shalom",
            "Mezquita del Centro", "Iglesia Metodista Unida de Logan Square", "Templo Budista", "Parroquia Santa Teresa"};
        String[] traditions = {"catholic", "protestant", "jewish", "muslim", "protestant", "buddhist", "catholic"};
        for (int i = 0; i < names.length; i++) {
            String line = texts.get(es, "partners.line", i + 1, names[i], texts.get(es, "tradition." + traditions[i]),
                    "Chicago", "IL", "%.1f".formatted(0.7 + i));
            lines.add(i % 2 == 0 ? line + " - " + texts.get(es, "partners.contact", "Ana Pérez, +17735550101") : line);
        }
        String answer = GsmText.twins(String.join("\n", lines));
        String more = texts.get(es, "sms.more");
        List<String> pages = Pages.ifOverBudget(List.of(answer), BUDGET, more).orElseThrow();
        assertThat(PageRules.problems(answer, withMoreLines(pages, more), BUDGET, more)).isEmpty();
        assertThat(pages).as("%d partners", names.length).hasSizeLessThanOrEqualTo((names.length + 1) / 2);
        assertThat(pages.subList(1, pages.size() - 1)).isNotEmpty().allSatisfy(page ->
                assertThat(page.lines().filter(l -> l.matches("\\d+\\. .*")).count()).as(page).isGreaterThanOrEqualTo(2));
    }

    /** Pages of an answer whose source this test does not build: every page ends a sentence or a line. */
    private static List<String> problemsWithoutSource(List<String> pages, String more) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (Segments.count(pages.get(i)) > BUDGET) {
                problems.add("over the budget: " + pages.get(i));
            }
            if (i < pages.size() - 1) {
                String body = pages.get(i).replace("\n" + more, "");
                if (!PAGE_END.matcher(body).matches() && !NEXT_STARTS_A_LINE.matcher(pages.get(i + 1)).matches()) {
                    problems.add("ends inside a sentence: " + body + " | " + pages.get(i + 1));
                }
                if (body.matches("(?s)(.*\\n)?\\d{1,3}[.)]?")) {
                    problems.add("ends on a bare number: " + body);
                }
            }
        }
        return problems;
    }

    private static List<String> withMoreLines(List<String> pages, String more) {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            sent.add(i < pages.size() - 1 ? pages.get(i) + "\n" + more : pages.get(i));
        }
        return sent;
    }

    private String render(Language language, String key) {
        Object[] words = {"60614", "Iglesia de Santa María", "Chicago", "IL", "https://bot.example.org/toolkit/3?lang=es",
            "martes 1 de diciembre, 7:00 p. m.", "Ana Pérez", "Conoce tu condado", "hora del Pacífico", "3"};
        try {
            return texts.get(language, key, words);
        } catch (IllegalArgumentException e) {
            return texts.get(language, key, 3, 25, 7, 2, 1, 4, 5, 6, 8, 9);
        }
    }

    /** Every key of every text bundle on the classpath with sentences in {@code language}. */
    private static List<String> keys(Language language) throws IOException {
        List<String> keys = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_" + language.code()
                + ".properties")) {
            Properties p = new Properties();
            try (InputStream in = r.getInputStream()) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            p.stringPropertyNames().stream().filter(k -> !k.startsWith("web.")).sorted().forEach(keys::add);
        }
        return keys;
    }

    /** One person texting, from a number of their own (the per-sender limit never kicks in). */
    private final class Reader {

        private final String number = "+1415555%04d".formatted(SENDERS.incrementAndGet());

        Reader(Language language) {
            if (language == Language.ES) {
                say("ESPANOL");
            }
        }

        List<String> say(String body) {
            return messages(TwilioWebhooks.signedPost(port, "/sms/inbound",
                    TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), number, body)));
        }

        /** The reply and, while it ends with the MORE line, the pages MORE brings. */
        List<String> allPages(List<String> reply, String more) {
            List<String> pages = new ArrayList<>(reply);
            for (int i = 0; i < 40 && !pages.isEmpty() && pages.get(pages.size() - 1).endsWith("\n" + more); i++) {
                pages.addAll(say(more.contains("MAS") ? "MAS" : "MORE"));
            }
            return pages;
        }
    }
}
