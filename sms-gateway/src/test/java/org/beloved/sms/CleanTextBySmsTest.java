package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.testing.TwilioWebhooks.signedPost;
import static org.beloved.sms.testing.TwilioWebhooks.sms;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.beloved.messaging.OutboundChannel;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

/** Inbound text is cleaned before it is stored or routed, NUL is refused politely, and TwiML stays XML. */
class CleanTextBySmsTest extends SmsWebTest {

    private static final String ANA = "+14155550101";
    private static final AtomicInteger SIDS = new AtomicInteger(5000);

    @Autowired
    OutboundChannel sms;

    private static String newSid() {
        return "SM%032d".formatted(SIDS.incrementAndGet());
    }

    private HttpResponse<String> text(String body) {
        return signedPost(port, "/sms/inbound", sms(newSid(), ANA, body));
    }

    /** The TwiML parsed by a real XML parser: a document that is not well-formed fails here. */
    private static Document xml(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void controlCharactersAreRemovedBeforeTheBodyIsStoredAndRouted() throws Exception {
        HttpResponse<String> response = text("941\u000710\u001b");
        assertThat(xml(response).getElementsByTagName("Body").item(0).getTextContent()).contains("94110 (San Francisco, CA)");
        assertThat(db().sql("select body from inbound_message where sender = ?").param(ANA).query(String.class).single())
                .isEqualTo("94110");
    }

    @Test
    void aDecomposedAccentIsStoredComposed() {
        text("espan\u0303ol");
        assertThat(db().sql("select body from inbound_message where sender = ?").param(ANA).query(String.class).single())
                .isEqualTo("español").hasSize(7);
    }

    @Test
    void aBodyWithANulGetsAPoliteReplyAndNothingIsStored() throws Exception {
        HttpResponse<String> response = text("JOIN\0");
        assertThat(xml(response).getElementsByTagName("Body").item(0).getTextContent())
                .isEqualTo("Sorry, I could not read that message. Please type it again.");
        assertThat(count("select count(*) from inbound_message")).isZero();
        assertThat(count("select count(*) from conversation_flow")).isZero();
    }

    @Test
    void anOptedOutNumberGetsNothingForABodyWithANul() throws Exception {
        text("STOP");
        assertThat(xml(text("HELLO\0")).getElementsByTagName("Message").getLength()).isZero();
    }

    @Test
    void aNulInTheSenderIsRefusedWith400() {
        Map<String, String> form = sms(newSid(), "+1415555\u00000101", "HELP");
        HttpResponse<String> response = signedPost(port, "/sms/inbound", form);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("NUL");
        assertThat(count("select count(*) from inbound_message")).isZero();
    }

    @Test
    void aZipAnswerListingANameWithControlCharactersIsWellFormedTwiml() throws Exception {
        // As a registration stored it before text was cleaned: straight into the table.
        db().sql("""
                insert into congregation (name, name_key, tradition, zip, latitude, longitude, contact_name, contact_email,
                    show_email, status, source_channel, created_at, updated_at)
                select 'Bell\u0007 Church\u0001 of\u000b St\u001b Mary\u0000s', 'bell church of st marys', 'INTERFAITH', zip,
                    latitude, longitude, 'Organizer', 'o@example.org', false, 'listed', 'WEB', now(), now()
                from zip_code where zip = '94110'
                """.replace("\u0000", "")).update();
        HttpResponse<String> response = text("94110");
        Document twiml = xml(response);
        assertThat(twiml.getDocumentElement().getNodeName()).isEqualTo("Response");
        assertThat(twiml.getElementsByTagName("Body").item(0).getTextContent()).contains("Bell Church of St Marys");
    }

    @Test
    void aStatusCallbackWithANulIsRefusedWith400AndChangesNothingAndOneWithControlsIsCleaned() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
        String sid = sms.send(1L, ANA, "hello").externalId();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", TwilioWebhooks.ACCOUNT_SID);
        form.put("MessageSid", sid);
        form.put("MessageStatus", "deliv\0ered");
        form.put("To", ANA);
        assertThat(signedPost(port, "/sms/status", form).statusCode()).isEqualTo(400);
        form.put("MessageSid", sid + "\0");
        form.put("MessageStatus", "failed");
        assertThat(signedPost(port, "/sms/status", form).statusCode()).isEqualTo(400);
        assertThat(db().sql("select status from sms_outbound where sid = ?").param(sid).query(String.class).single())
                .isEqualTo("queued");

        form.put("MessageSid", sid);
        form.put("MessageStatus", "deliv\u0007ered\u001b");
        assertThat(signedPost(port, "/sms/status", form).statusCode()).isEqualTo(200);
        assertThat(db().sql("select status from sms_outbound where sid = ?").param(sid).query(String.class).single())
                .isEqualTo("delivered");
    }
}
