package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.InboundSmsTest.messages;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.beloved.shared.Language;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.toolkit.Section;
import org.beloved.toolkit.Toolkit;
import org.beloved.toolkit.ToolkitSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The toolkit by text through the real webhook: the list, a section, the bare-number follow-up, MORE to the end. */
class ToolkitBySmsTest extends SmsWebTest {

    private static final String READER = "+14155550505";
    private static final AtomicInteger SIDS = new AtomicInteger(8000);
    private static final Pattern UCS2_TWINS = Pattern.compile("[\u2018\u2019\u201C\u201D\u2013\u2014\u2026]");

    @Autowired
    Toolkit toolkit;

    private String say(String body) {
        List<String> reply = messages(TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), READER, body)));
        assertThat(reply).as("reply to %s", body).hasSize(1);
        assertThat(Segments.count(reply.get(0))).as("segments of the reply to %s", body).isLessThanOrEqualTo(3);
        return reply.get(0);
    }

    @Test
    void everySmsSummaryFitsItsSegmentsAndAvoidsNeedlessUcs2() {
        Toolkit shipped = new Toolkit(new ToolkitSettings(null, URI.create("https://bot.example.org")));
        for (Language language : Language.values()) {
            for (Section s : shipped.sections(language)) {
                // English within 2 segments (the rule); Spanish, whose accents make it UCS-2, within 3.
                assertThat(Segments.count(s.sms())).as("%s %d", language, s.number())
                        .isLessThanOrEqualTo(language == Language.EN ? 2 : 3);
                assertThat(s.sms() + s.title()).as("%s %d", language, s.number()).doesNotContainPattern(UCS2_TWINS);
                if (language == Language.EN) {
                    assertThat(Segments.encoding(s.sms())).as("EN %d", s.number()).isEqualTo(Segments.Encoding.GSM7);
                }
            }
        }
    }

    @Test
    void theListThenABareNumberThenMoreToTheEnd() {
        String list = say("toolkit");
        assertThat(list).contains("Reply with a number", "1 What Secure Communities is", "11 Webinars and next steps");

        String three = say("3");
        assertThat(three).startsWith("3. Detainers are requests, not orders")
                .contains("An ICE detainer is a request", "https://bot.example.org/toolkit/3", "Reply MORE");

        StringBuilder full = new StringBuilder();
        String page = say("MORE");
        full.append(page);
        for (int i = 0; i < 40 && page.endsWith("Reply MORE for the rest."); i++) {
            page = say("more");
            full.append('\n').append(page);
        }
        assertThat(full.toString()).contains("A request, not an order", "Miranda-Olivares", "This is not legal advice")
                .doesNotEndWith("Reply MORE for the rest.")
                .endsWith("Next is section 4, Build an interfaith team. Reply TOOLKIT 4 to read it.")
                .doesNotContainPattern("[a-z,]\n[a-z]");
        assertThat(say("MORE")).contains("nothing more");
    }

    @Test
    void moreContinuesTheSameAnswerAndNothingOlder() {
        say("TOOLKIT 9");
        String firstPage = say("MORE");
        assertThat(firstPage).startsWith("9. Safety and care").endsWith("Reply MORE for the rest.");
        String secondPage = say("MORE");
        assertThat(secondPage).doesNotStartWith("9. Safety and care");
        assertThat(firstPage.replace("\nReply MORE for the rest.", "")).matches("(?s).*[.!?:]");

        // After another answer, MORE no longer means the section: it means "more of that answer".
        say("TOOLKIT 2");
        assertThat(say("94110")).contains("94110 (San Francisco, CA)");
        assertThat(say("MORE")).contains("nothing more");
    }

    @Test
    void nextMeansMoreAtEveryStep() {
        say("TOOLKIT 9");
        String firstPage = say("next");
        assertThat(firstPage).startsWith("9. Safety and care").endsWith("Reply MORE for the rest.");
        assertThat(say("NEXT")).doesNotStartWith("9. Safety and care").isNotBlank();
    }

    @Test
    void theLastSectionSaysTheToolkitEnds() {
        say("TOOLKIT " + new Toolkit(new ToolkitSettings(null, URI.create("https://bot.example.org")))
                .sections(Language.EN).size());
        String page = say("MORE");
        for (int i = 0; i < 40 && page.endsWith("Reply MORE for the rest."); i++) {
            page = say("MORE");
        }
        assertThat(page).endsWith("That is the end of the toolkit. Reply TOOLKIT for the list of sections.");
    }

    @Test
    void toolkitWithANumberAndUnknownNumbers() {
        assertThat(say("TOOLKIT 7")).startsWith("7. What a good policy says");
        assertThat(say("toolkit 42")).contains("no section with that number", "1 What Secure Communities is");
        assertThat(say("42")).contains("no section with that number");
    }

    @Test
    void somethingElseAfterTheListIsHandledAsUsual() {
        say("TOOLKIT");
        assertThat(say("94110")).contains("94110 (San Francisco, CA)");
    }

    @Test
    void inSpanish() {
        say("ESPANOL");
        assertThat(say("guia")).contains("Responde con un número", "1 Qué es Secure Communities");
        // Spanish with accents is UCS-2 (67 characters a segment): the section's answer can run past
        // the 3-segment budget and come in pages; each MAS brings the next page, then the full text.
        StringBuilder all = new StringBuilder(say("9"));
        assertThat(all.toString()).startsWith("9. Seguridad y cuidado\nNunca compartas");
        for (int i = 0; i < 10 && !all.toString().contains("Proteger la privacidad"); i++) {
            all.append('\n').append(say("MAS"));
        }
        assertThat(all.toString()).contains("https://bot.example.org/toolkit/9?lang=es", "Proteger la privacidad");
        for (int i = 0; i < 40 && !all.toString().contains("Sigue la secci"); i++) {
            all.append('\n').append(say(i % 2 == 0 ? "SIGUIENTE" : "Más"));
        }
        assertThat(all.toString()).endsWith("Sigue la sección 10, " + toolkit.section(Language.ES, 10).orElseThrow().title()
                + ". Responde GUIA 10 para leerla.");
    }
}
