package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.InboundSmsTest.messages;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.Test;

/**
 * STATE / ESTADO over the real webhook: after a ZIP answer it speaks of that ZIP's state, worded
 * for the state's stance and in the sender's language; by name or code; and it asks when it does
 * not know which state. The ZIP answer itself names a mandating state's rule and STATE.
 */
class StateBySmsTest extends SmsWebTest {

    private static final AtomicInteger SIDS = new AtomicInteger(91000);
    private static final AtomicInteger SENDERS = new AtomicInteger(9100);

    private final class Texter {

        private final String number = "+1415555%04d".formatted(SENDERS.incrementAndGet());

        /** The first page of the reply (all of it when it fits the budget). */
        String say(String body) {
            List<String> reply = messages(TwilioWebhooks.signedPost(port, "/sms/inbound",
                    TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), number, body)));
            assertThat(reply).as("reply to %s", body).isNotEmpty();
            return String.join("\n", reply);
        }

        /** The whole reply: its first page and every page MAS / MORE brings. */
        String all(String body, String moreWord) {
            StringBuilder whole = new StringBuilder(say(body));
            for (int i = 0; i < 5 && whole.toString().matches("(?s).*\\n(MAS|MORE|Responde MAS|Reply MORE)[^\\n]*$"); i++) {
                whole.append("\n").append(say(moreWord));
            }
            return whole.toString();
        }
    }

    @Test
    void estadoAfterATexasZipAndStateAfterACaliforniaZipAnswerForEachState() {
        Texter texan = new Texter();
        texan.say("ESPANOL");
        assertThat(texan.say("79830")).contains("La ley de Texas exige a los alguaciles colaborar con ICE.",
                "escribe ESTADO");
        String texas = texan.all("ESTADO", "MAS");
        assertThat(texas).startsWith("La ley de Texas obliga a las cárceles a colaborar con ICE y a los alguaciles a "
                + "buscar acuerdos 287(g) (SB 4, SB 8).").contains("el modelo menos dañino", "escribe GUIA")
                .doesNotContain("California", "limita");

        Texter californian = new Texter();
        californian.say("94110");
        String california = californian.say("STATE");
        assertThat(california).startsWith("California law limits how police and jails work with ICE (SB 54).")
                .contains("text TOOLKIT").doesNotContain("Texas", "requires", "287(g)");
        assertThat(Segments.count(california)).isLessThanOrEqualTo(2);
    }

    @Test
    void theAlpineTexasZipAnswerPointsToWhatATexasTeamCanAskFor() {
        Texter volunteer = new Texter();
        String answer = volunteer.say("79830");
        assertThat(answer).contains("Alpine", "Texas law requires jails to work with ICE. "
                + "What your team can still ask for: text STATE.");
        assertThat(answer.lines().toList().get(1)).startsWith("Texas law requires");
        String state = volunteer.say("STATE");
        assertThat(state).contains("Texas law requires jails to work with ICE and sheriffs to seek 287(g) agreements",
                "least harmful model", "no courthouse arrests");
        assertThat(Segments.count(state)).isLessThanOrEqualTo(2);
    }

    @Test
    void aStateByNameOrCodeInEitherLanguage() {
        Texter texter = new Texter();
        assertThat(texter.say("STATE TX")).startsWith("Texas law requires");
        assertThat(texter.say("state new jersey")).startsWith("New Jersey law limits");
        assertThat(texter.say("state laws in Georgia")).startsWith("Georgia law requires");
        assertThat(texter.say("STATE 60614")).startsWith("Illinois law limits");
        Texter spanish = new Texter();
        spanish.say("ESPANOL");
        assertThat(spanish.say("ESTADO de California")).startsWith("La ley de California limita");
        assertThat(spanish.say("ESTADO Nueva Jersey")).startsWith("La ley de Nueva Jersey limita");
    }

    @Test
    void withNoZipKnownOrAnUnknownStateItAsksWhichState() {
        Texter texter = new Texter();
        assertThat(texter.say("STATE")).startsWith("Which state?");
        assertThat(texter.say("Washington")).startsWith("Washington law limits");
        assertThat(texter.say("STATE Atlantis")).contains("I do not know a state called \"Atlantis\"");
        assertThat(texter.say("WA")).startsWith("Washington law limits");
        assertThat(texter.say("STATE")).startsWith("Which state?");
        assertThat(texter.say("79830")).startsWith("Texas law requires jails to work with ICE and sheriffs");
        assertThat(texter.say("94110")).contains("California law limits how jails work with ICE. More: text STATE.");
        assertThat(texter.say("STATE")).startsWith("California law limits");
    }
}
