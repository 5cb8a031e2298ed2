package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.InboundSmsTest.messages;

import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Where Twilio does not handle opt-out itself, Beloved confirms STOP, once. */
@TestPropertySource(properties = "beloved.sms.carrier-handles-opt-out=false")
class OwnOptOutConfirmationTest extends SmsWebTest {

    @Test
    void stopIsConfirmedOnceAndThenSilence() {
        var stop = TwilioWebhooks.sms("SM10000000000000000000000000000001", "+14155550303", "stop");
        assertThat(messages(TwilioWebhooks.signedPost(port, "/sms/inbound", stop)))
                .singleElement().asString().contains("no more messages", "START");
        var again = TwilioWebhooks.sms("SM10000000000000000000000000000002", "+14155550303", "STOP");
        assertThat(messages(TwilioWebhooks.signedPost(port, "/sms/inbound", again)))
                .singleElement().asString().contains("no more messages");
        var other = TwilioWebhooks.sms("SM10000000000000000000000000000003", "+14155550303", "94110");
        assertThat(messages(TwilioWebhooks.signedPost(port, "/sms/inbound", other))).isEmpty();
    }
}
