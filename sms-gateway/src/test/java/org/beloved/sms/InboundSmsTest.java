package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.testing.TwilioWebhooks.PUBLIC_URL;
import static org.beloved.sms.testing.TwilioWebhooks.post;
import static org.beloved.sms.testing.TwilioWebhooks.signature;
import static org.beloved.sms.testing.TwilioWebhooks.signedPost;
import static org.beloved.sms.testing.TwilioWebhooks.sms;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InboundSmsTest extends SmsWebTest {

    private static final String ANA = "+14155550101";
    private static final Pattern MESSAGE = Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL);
    private static final AtomicInteger SIDS = new AtomicInteger();

    private static String newSid() {
        return "SM%032d".formatted(SIDS.incrementAndGet());
    }

    private HttpResponse<String> text(String from, String body) {
        return signedPost(port, "/sms/inbound", sms(newSid(), from, body));
    }

    /** The messages of a TwiML answer, unescaped. */
    static List<String> messages(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/xml");
        Matcher m = MESSAGE.matcher(response.body());
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).replaceAll("</?Body>", "").replace("&quot;", "\"").replace("&apos;", "'")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return out;
    }

    private List<String> say(String body) {
        return messages(text(ANA, body));
    }

    @Test
    void aSignedMessageIsAnsweredWithTwiml() {
        HttpResponse<String> response = text(ANA, "94110");
        assertThat(messages(response)).singleElement().asString().contains("94110 (San Francisco, CA)");
        assertThat(response.body()).startsWith("<?xml").contains("<Response>");
        assertThat(count("select count(*) from inbound_message where sender = ? and body = '94110'", ANA)).isEqualTo(1);
    }

    @Test
    void unsignedForgedMisaddressedOrForeignRequestsAreRefusedAndNothingIsStored() {
        Map<String, String> form = sms(newSid(), ANA, "ESPANOL");
        String url = PUBLIC_URL + "/sms/inbound";
        assertThat(post(port, "/sms/inbound", form, null).statusCode()).isEqualTo(403);
        assertThat(post(port, "/sms/inbound", form, "AAAAAAAAAAAAAAAAAAAAAAAAAAA=").statusCode()).isEqualTo(403);
        assertThat(post(port, "/sms/inbound", form, signature(url, form, "not-our-token")).statusCode()).isEqualTo(403);
        assertThat(post(port, "/sms/inbound", form,
                signature("https://evil.example.org/sms/inbound", form, TwilioWebhooks.AUTH_TOKEN)).statusCode())
                .isEqualTo(403);
        Map<String, String> foreign = new java.util.HashMap<>(form);
        foreign.put("AccountSid", "AC99999999999999999999999999999999");
        assertThat(post(port, "/sms/inbound", foreign, signature(url, foreign, TwilioWebhooks.AUTH_TOKEN)).statusCode())
                .isEqualTo(403);

        assertThat(count("select count(*) from inbound_message")).isZero();
        assertThat(count("select count(*) from conversation_sender")).isZero();
    }

    @Test
    void aRetryWithTheSameMessageSidHasOneEffectAndTheSameReply() {
        Map<String, String> start = sms(newSid(), ANA, "DELETE MY DATA");
        List<String> first = messages(signedPost(port, "/sms/inbound", start));
        assertThat(first).singleElement().asString().contains("Reply YES");
        Map<String, String> espanol = sms(newSid(), ANA, "ESPANOL");
        messages(signedPost(port, "/sms/inbound", espanol));
        List<String> again = messages(signedPost(port, "/sms/inbound", start));
        assertThat(again).isEqualTo(first);
        assertThat(count("select count(*) from inbound_message where sender = ?", ANA)).isEqualTo(2);
        assertThat(count("select count(*) from conversation_flow where address = ?", ANA)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", "Stop!", "UNSUBSCRIBE", "cancel", "End", "QUIT", "stopall", "revoke",
        "OptOut", "parar", "BAJA", "Cancelar"})
    void optOutWordsOptTheNumberOutAndTwilioConfirms(String word) {
        if (CarrierKeyword.confirmedByUs(word)) {
            assertThat(say(word)).as("Twilio does not know the Spanish words: Beloved confirms, in Spanish")
                    .singleElement().asString().contains("No te enviaremos", "START");
        } else {
            assertThat(say(word)).isEmpty();
        }
        assertThat(optedOut(ANA)).isTrue();
        assertThat(count("select count(*) from opt_out")).isEqualTo(1);
        assertThat(say("94110")).as("no reply at all once opted out").isEmpty();
        assertThat(say("help")).singleElement().asString().contains("STOP", "START");
        assertThat(say("yes")).singleElement().asString().contains("Welcome back");
        assertThat(optedOut(ANA)).isFalse();
        assertThat(count("select count(*) from opt_out")).isZero();
        assertThat(say("94110")).singleElement().asString().contains("94110 (San Francisco, CA)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", "start", "Unstop"})
    void optInWordsOptBackIn(String word) {
        say("STOP");
        assertThat(say(word)).singleElement().asString().contains("Welcome back");
        assertThat(count("select count(*) from opt_out")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"please stop", "STOP THE DETENTIONS", "I want to cancel", "end of story", "quit it",
        "start the meeting", "Yes we can", "help me find a church", "INFO ABOUT TOOLKIT", "more please", "Parar ya"})
    void aKeywordInsideASentenceIsOrdinaryText(String sentence) {
        assertThat(say(sentence)).singleElement().asString().doesNotContain("no more messages", "No te enviaremos",
                "Welcome back", "Vuelves a recibir");
        assertThat(count("select count(*) from opt_out")).isZero();
    }

    @Test
    void yesIsAnOrdinaryAnswerForSomeoneNotOptedOut() {
        say("DELETE MY DATA");
        assertThat(say("YES")).singleElement().asString().startsWith("Done.");
        assertThat(count("select count(*) from opt_out")).isZero();
    }

    @Test
    void ayudaFromANewcomerIsAnsweredInSpanish() {
        List<String> first = say("ayuda");
        assertThat(first.get(0)).startsWith("Beloved").contains("STOP", "comunidades de fe");
        assertThat(say("menu")).singleElement().asString().startsWith("De vuelta al menú").contains("UNIRSE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HELP", "help", "Info"})
    void helpSaysWhoWeAreHowToStopAndWhatToText(String word) {
        List<String> first = say(word);
        assertThat(first.get(0)).startsWith("Beloved").contains("STOP");
        StringBuilder all = new StringBuilder(String.join("\n", first));
        for (int i = 0; i < 5 && all.toString().endsWith("Reply MORE for the rest."); i++) {
            all.append('\n').append(String.join("\n", say("MORE")));
        }
        assertThat(all.toString()).contains("94110", "JOIN", "MY LISTING", "DELETE MY DATA")
                .doesNotEndWith("Reply MORE for the rest.");
    }

    @Test
    void anMmsWithoutTextGetsAPoliteAnswer() {
        Map<String, String> mms = sms(newSid(), ANA, "");
        mms.put("NumMedia", "1");
        mms.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1");
        mms.put("MediaContentType0", "image/jpeg");
        assertThat(messages(signedPost(port, "/sms/inbound", mms))).singleElement().asString().contains("only read text");
    }

    @Test
    void messagesFromOurOwnNumberAreIgnored() {
        assertThat(messages(text(TwilioWebhooks.OUR_NUMBER, "HELP"))).isEmpty();
        Map<String, String> toItself = sms(newSid(), "+14155550999", "HELP");
        toItself.put("To", "+14155550999");
        assertThat(messages(signedPost(port, "/sms/inbound", toItself))).isEmpty();
        assertThat(count("select count(*) from inbound_message")).isZero();
    }

    @Test
    void overTheRateLimitOneNoticeThenSilence() {
        for (int i = 1; i <= 30; i++) {
            assertThat(say("94110")).as("message %d", i).hasSize(1);
        }
        assertThat(say("94110")).singleElement().asString().contains("a lot of messages");
        assertThat(say("94110")).isEmpty();
        assertThat(say("STOP")).isEmpty();
        assertThat(count("select count(*) from opt_out")).as("STOP is honored even when limited").isEqualTo(1);
    }

    @Test
    void pagesReadWithMoreDoNotCountTowardTheLimitButMoreWithNothingWaitingDoes() {
        for (int i = 1; i <= 28; i++) {
            assertThat(say("94110")).as("message %d", i).hasSize(1);
        }
        List<String> help = say("AYUDA");
        assertThat(help).singleElement().asString().endsWith("\nMAS para seguir.");
        int pages = readWaitingPages();
        assertThat(pages).isPositive();
        assertThat(count("select count(*) from inbound_message where sender = ? and paged", ANA)).isEqualTo(pages);
        assertThat(say("94110")).as("the 30th counted message").singleElement().asString()
                .contains("94110").doesNotContain("muchos mensajes");
        readWaitingPages();
        assertThat(say("MAS")).as("MORE with nothing waiting counts: the 31st").singleElement().asString()
                .contains("muchos mensajes");
    }

    /** MORE until no page waits; none of them is refused. */
    private int readWaitingPages() {
        int pages = 0;
        while (count("select count(*) from sms_pending_page where address = ?", ANA) > 0) {
            assertThat(say("MAS")).as("page %d", ++pages).singleElement().asString().doesNotContain("muchos mensajes");
        }
        return pages;
    }

    @Test
    void deleteMyDataErasesWhatWeHoldButKeepsTheOptOut() {
        say("ESPANOL");
        say("BORRAR MIS DATOS");
        List<String> done = say("si");
        assertThat(done).singleElement().asString().contains("Borrado", "tu idioma", "mensajes guardados");
        assertThat(count("select count(*) from conversation_sender where address = ?", ANA)).isZero();
        assertThat(count("select count(*) from conversation_flow where address = ?", ANA)).isZero();
        assertThat(count("select count(*) from inbound_message where sender = ? and body is not null", ANA)).isZero();
    }

    @Test
    void deleteMyDataNeedsAYes() {
        say("ESPANOL");
        say("DELETE MY DATA");
        assertThat(say("no thanks")).singleElement().asString().contains("no se borró nada");
        assertThat(count("select count(*) from conversation_sender where address = ?", ANA)).isEqualTo(1);
    }

    @Test
    void aLongReplyIsPagedAndMoreSendsTheRest() {
        say("ESPANOL");
        List<String> first = say("AYUDA");
        // Spanish help with accents is UCS-2: more than the 3-segment budget, so it is paged.
        assertThat(first).singleElement().asString().endsWith("\nMAS para seguir.");
        assertThat(Segments.count(first.get(0))).isLessThanOrEqualTo(3);
        String rest = "";
        // Any word for "next" brings the next page: MAS, MÁS, SIGUIENTE, NEXT, MORE.
        List<String> nextWords = List.of("Más", "SIGUIENTE", "next", "MORE", "mas");
        for (int i = 0; i < 5 && count("select count(*) from sms_pending_page where address = ?", ANA) > 0; i++) {
            List<String> page = say(nextWords.get(i));
            assertThat(Segments.count(page.get(0))).isLessThanOrEqualTo(3);
            rest = page.get(0);
        }
        assertThat(rest).doesNotContain("MAS para seguir").contains("BORRAR MIS DATOS");
        assertThat(say("mas")).singleElement().asString().contains("No hay nada más");
    }
}
