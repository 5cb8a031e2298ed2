package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our TwiML is exactly the Twilio SDK's, for every kind of text a reply can hold. */
class TwimlTest {

    private static String sdk(List<String> texts) {
        MessagingResponse.Builder response = new MessagingResponse.Builder();
        for (String text : texts) {
            response.message(new Message.Builder().body(new Body.Builder(text).build()).build());
        }
        return response.build().toXml();
    }

    @Test
    void theSameBytesAsTheSdk() {
        List<List<String>> cases = List.of(
                List.of(),
                List.of("Partners near 94110 (San Francisco, CA):\n1. Mission Friends - Quaker, 0.0 mi"),
                List.of("Tom & Jerry <b>bold</b> \"quoted\" 'single' > < &amp;", "second\r\nline\ttab"),
                List.of("Socios cerca de 60614: ¿Qué? ¡Sí! año, acción, pingüino, €5", "emoji 🙏 and 中文", "🙏🏽x🙏"),
                List.of(""),
                List.of("  leading and trailing spaces  ", "]]> <![CDATA[ x ]]>"));
        for (List<String> texts : cases) {
            assertThat(Twiml.messages(texts)).as(texts.toString()).isEqualTo(sdk(texts));
        }
    }
}
